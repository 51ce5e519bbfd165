// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** True when `value` is of type IosScepCertificateProfile: its `@odata.type` is '#microsoft.graph.iosScepCertificateProfile'. */
export declare function isIosScepCertificateProfile<
  T extends {
    readonly '@odata.type'?: unknown;
  },
>(
  value: T,
): value is T & {
  readonly '@odata.type': '#microsoft.graph.iosScepCertificateProfile';
};
/** True when `value` is of type MacOSScepCertificateProfile: its `@odata.type` is '#microsoft.graph.macOSScepCertificateProfile'. */
export declare function isMacOSScepCertificateProfile<
  T extends {
    readonly '@odata.type'?: unknown;
  },
>(
  value: T,
): value is T & {
  readonly '@odata.type': '#microsoft.graph.macOSScepCertificateProfile';
};
/** True when `value` is of type MacOSWiredNetworkConfiguration: its `@odata.type` is '#microsoft.graph.macOSWiredNetworkConfiguration'. */
export declare function isMacOSWiredNetworkConfiguration<
  T extends {
    readonly '@odata.type'?: unknown;
  },
>(
  value: T,
): value is T & {
  readonly '@odata.type': '#microsoft.graph.macOSWiredNetworkConfiguration';
};
/** True when `value` is of type WindowsDomainJoinConfiguration: its `@odata.type` is '#microsoft.graph.windowsDomainJoinConfiguration'. */
export declare function isWindowsDomainJoinConfiguration<
  T extends {
    readonly '@odata.type'?: unknown;
  },
>(
  value: T,
): value is T & {
  readonly '@odata.type': '#microsoft.graph.windowsDomainJoinConfiguration';
};
/** True when `value` is of type WindowsPhone81SCEPCertificateProfile: its `@odata.type` is '#microsoft.graph.windowsPhone81SCEPCertificateProfile'. */
export declare function isWindowsPhone81SCEPCertificateProfile<
  T extends {
    readonly '@odata.type'?: unknown;
  },
>(
  value: T,
): value is T & {
  readonly '@odata.type': '#microsoft.graph.windowsPhone81SCEPCertificateProfile';
};
/** True when `value` is of type WindowsPhone81VpnConfiguration: its `@odata.type` is '#microsoft.graph.windowsPhone81VpnConfiguration'. */
export declare function isWindowsPhone81VpnConfiguration<
  T extends {
    readonly '@odata.type'?: unknown;
  },
>(
  value: T,
): value is T & {
  readonly '@odata.type': '#microsoft.graph.windowsPhone81VpnConfiguration';
};
/** True when `value` is of type WindowsWifiEnterpriseEAPConfiguration: its `@odata.type` is '#microsoft.graph.windowsWifiEnterpriseEAPConfiguration'. */
export declare function isWindowsWifiEnterpriseEAPConfiguration<
  T extends {
    readonly '@odata.type'?: unknown;
  },
>(
  value: T,
): value is T & {
  readonly '@odata.type': '#microsoft.graph.windowsWifiEnterpriseEAPConfiguration';
};
