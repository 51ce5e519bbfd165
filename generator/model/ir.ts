/**
 * The intermediate representation: everything the emitters need, nothing of OpenAPI.
 * Names here are final TypeScript identifiers, decided once by model/naming.ts.
 */

/** Documentation carried to JSDoc. */
export interface IrDoc {
  readonly title?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly format?: string;
  readonly default?: unknown;
  readonly deprecated?: boolean;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
}

/** A TypeScript type, structurally. */
export type IrType =
  | { readonly kind: 'scalar'; readonly name: 'string' | 'number' | 'boolean' | 'null' | 'unknown' | 'never' }
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  | { readonly kind: 'ref'; readonly name: string }
  | { readonly kind: 'array'; readonly items: IrType }
  | { readonly kind: 'object'; readonly properties: readonly IrProperty[]; readonly additional?: IrType }
  | { readonly kind: 'union'; readonly members: readonly IrType[] }
  | { readonly kind: 'intersection'; readonly members: readonly IrType[] };

/** One property of an object type. */
export interface IrProperty {
  /** The wire name, as in the spec (quoted by emitters when not an identifier). */
  readonly name: string;
  readonly type: IrType;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly doc: IrDoc;
}

/** A named, exported type. */
export interface IrNamedType {
  /** The TypeScript name (final). */
  readonly name: string;
  readonly type: IrType;
  readonly doc: IrDoc;
  /** Where it came from, for diagnostics. */
  readonly pointer: string;
  /** Base types when it reads best as `interface X extends A, B`. */
  readonly extends?: readonly string[];
  /** For enums: the name of the exported array of values. */
  readonly valuesConst?: string;
  /** The enum's values, when `valuesConst` is set. */
  readonly values?: readonly (string | number | boolean | null)[];
  /** For the union of a polymorphic base: each member type, its `@odata.type` value and the name of its type guard. */
  readonly odataTypes?: readonly { readonly type: string; readonly value: string; readonly guard: string }[];
  /** The base type, when the union also holds the kinds its mapping does not name (an open mapping). */
  readonly odataRest?: string;
}

/** A parameter of an operation. */
export interface IrParameter {
  /** Wire name (also the key in the generated params object, but for a path parameter's `property`). */
  readonly name: string;
  /** A path parameter's key in the params object (`userId` for `user-id`; see naming.ts's pathParamProperties). */
  readonly property?: string;
  readonly type: IrType;
  readonly required: boolean;
  readonly doc: IrDoc;
  /**
   * How a query parameter's array or object is written, where the document departs from form + explode (openapi
   * profile).
   */
  readonly style?: {
    readonly style: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
    readonly explode: boolean;
  };
}

/** A permission requirement row (Microsoft Graph's `x-ms-permissions`). */
export interface IrPermission {
  /** The kind of access, as the spec's key names it (`delegatedWorkOrSchool`, `application`). */
  readonly kind: string;
  readonly label: string;
  /** Least privileged first; empty when not supported, or when the spec lists none. */
  readonly scopes: readonly string[];
  /** False where the spec says this kind of access is not supported. */
  readonly supported: boolean;
}

/** A documented response. */
export interface IrResponse {
  readonly status: string;
  readonly description?: string;
  /** Body type, when the response has one. */
  readonly type?: IrType;
  /** The body's media type, when a 2xx response has one. */
  readonly contentType?: string;
}

/** One HTTP operation. */
export interface IrOperation {
  readonly functionName: string;
  /** The spec's operationId, when it gives one. */
  readonly operationId?: string;
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
  readonly path: string;
  /** Name of the path helper this operation calls (see IrPathTemplate). */
  readonly pathHelper: string;
  /** Name of the interface of its path parameters (see IrPathTemplate), when it has any. */
  readonly pathParamsType?: string;
  /** Output group (file) this operation belongs to. */
  readonly group: string;
  readonly doc: IrDoc;
  readonly externalDocs?: { readonly url: string; readonly description?: string };
  readonly permissions: readonly IrPermission[];
  /** Why the operation is doubtful, when the spec says so. */
  readonly doubtful?: string;
  readonly pathParams: readonly IrParameter[];
  readonly queryParams: readonly IrParameter[];
  readonly headerParams: readonly IrParameter[];
  /** The named types of its query and its header parameters, when it has any (shared by identical lists). */
  readonly queryType?: IrParameterListName;
  readonly headersType?: IrParameterListName;
  readonly body?: {
    readonly type: IrType;
    readonly required: boolean;
    readonly contentType: string;
    readonly doc: IrDoc;
  };
  /** Every documented response, in the spec's order. */
  readonly responses: readonly IrResponse[];
  /** The union of 2xx body types; undefined when no 2xx response has a body. */
  readonly successType?: IrType;
  /**
   * The name of the union of the errors the operation documents (4XX, 5XX, default, specific codes), when the
   * profile types errors by the document (openapi) and it documents any.
   */
  readonly errorType?: string;
  /**
   * The ways to authenticate it, any one of which will do: scheme names with the scopes each needs (openapi profile).
   */
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
  /** Set when the success type is a Graph collection (a `value` array and `@odata.nextLink`): it can be paged. */
  readonly collection?: IrCollection;
  readonly pointer: string;
}

/** How a collection operation is paged. */
export interface IrCollection {
  /** Name of its paging function (`listUsersAll`), which iterates the items of every page. */
  readonly allName: string;
  /** True when the answer also has `@odata.deltaLink`: a delta function. */
  readonly delta: boolean;
}

/** A path template and its helper. */
export interface IrPathTemplate {
  readonly template: string;
  readonly helperName: string;
  readonly constName: string;
  readonly group: string;
  /** Each parameter's wire name (in the template), its key in the params object, and its text. */
  readonly params: readonly { readonly name: string; readonly property: string; readonly doc: IrDoc }[];
  /** The interface of its parameters, when it has any (see IrPathParamsType). */
  readonly paramsType?: IrPathParamsType;
}

/**
 * The interface of a path's parameters. Paths that share everything up to the segment of their
 * last parameter (`/users/{user-id}`, `/users/{user-id}/photo`) share it: it is named after that
 * prefix (`UsersItemParams`) and declared beside the first of them, which also documents it.
 */
export interface IrPathParamsType {
  readonly name: string;
  /** The template up to the segment of the last parameter. */
  readonly prefix: string;
  /** True on the path that declares it; the others refer to it. */
  readonly declare: boolean;
}

/** A security scheme the client can send (components/securitySchemes). */
export type IrSecurityScheme = { readonly name: string; readonly pointer: string; readonly description?: string } & (
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly parameter: string }
  | { readonly type: 'http'; readonly scheme: string }
  | { readonly type: 'oauth2' | 'openIdConnect'; readonly scopes: readonly string[] }
);

/**
 * The package's profile, decided once by model/profile.ts: what the emitters and templates follow, and the
 * runtime names its code uses.
 */
export interface IrProfile {
  readonly kind: 'graph' | 'openapi';
  /** The runtime's client type, result type, HTTP error class, request error class and client factory. */
  readonly client: string;
  readonly result: string;
  readonly error: string;
  readonly requestError: string;
  readonly createClient: string;
  /** The document's security schemes (openapi profile; Graph's credential is one token for `<root>/.default`). */
  readonly security: readonly IrSecurityScheme[];
}

/** The whole API. */
export interface IrDocument {
  readonly profile: IrProfile;
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly servers: readonly { readonly url: string; readonly description?: string }[];
  readonly types: readonly IrNamedType[];
  /**
   * How many of `types`, from the first, are the spec's component schemas; the rest are request
   * and response body shapes made while the operations were built (write and PATCH variants,
   * inline bodies). All of them when absent.
   */
  readonly componentTypes?: number;
  readonly operations: readonly IrOperation[];
  readonly paths: readonly IrPathTemplate[];
}

/** The type of a list of query or header parameters: named for what it holds, declared once in its group's file. */
export interface IrParameterListName {
  readonly name: string;
  /** The group whose operations file declares it (the first to use it); the others import it. */
  readonly group: string;
}

/** Finds a named type by name (the model's table while it is still being built, or a map of the IR's types). */
export interface IrTypeLookup {
  get(name: string): IrNamedType | undefined;
}

/** An output group: the operations and path templates under one first path segment, in document order. */
export interface IrGroup {
  readonly name: string;
  readonly operations: readonly IrOperation[];
  readonly paths: readonly IrPathTemplate[];
}

/** Hears of the model's progress, in IR terms: output can be planned while the rest is still being built. */
export interface ModelListener {
  /** The component schemas are built: their types, a lookup that also finds every type made later, and the profile. */
  componentsBuilt?(components: readonly IrNamedType[], types: IrTypeLookup, profile: IrProfile): void;
  /** An output group is complete: its last path item is built. */
  groupBuilt?(group: IrGroup): void;
  /** The model is done; `failed` when it found errors (its IR is then thrown away). */
  modelBuilt?(ir: IrDocument, failed: boolean): void;
  /** `done` of `total` component schemas, then path items, are built. */
  progress?(done: number, total: number, unit: 'schemas' | 'paths'): void;
}
