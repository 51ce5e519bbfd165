// Generated from an OpenAPI document. Do not edit: change the spec and regenerate.

/** True when `value` is of type IosScepCertificateProfile: its `@odata.type` is '#microsoft.graph.iosScepCertificateProfile'. */
export function isIosScepCertificateProfile<T extends { readonly '@odata.type'?: unknown }>(
  value: T,
): value is T & { readonly '@odata.type': '#microsoft.graph.iosScepCertificateProfile' } {
  return value['@odata.type'] === '#microsoft.graph.iosScepCertificateProfile';
}

/** True when `value` is of type MacOSScepCertificateProfile: its `@odata.type` is '#microsoft.graph.macOSScepCertificateProfile'. */
export function isMacOSScepCertificateProfile<T extends { readonly '@odata.type'?: unknown }>(
  value: T,
): value is T & { readonly '@odata.type': '#microsoft.graph.macOSScepCertificateProfile' } {
  return value['@odata.type'] === '#microsoft.graph.macOSScepCertificateProfile';
}

/** True when `value` is of type MacOSWiredNetworkConfiguration: its `@odata.type` is '#microsoft.graph.macOSWiredNetworkConfiguration'. */
export function isMacOSWiredNetworkConfiguration<T extends { readonly '@odata.type'?: unknown }>(
  value: T,
): value is T & { readonly '@odata.type': '#microsoft.graph.macOSWiredNetworkConfiguration' } {
  return value['@odata.type'] === '#microsoft.graph.macOSWiredNetworkConfiguration';
}

/** True when `value` is of type WindowsDomainJoinConfiguration: its `@odata.type` is '#microsoft.graph.windowsDomainJoinConfiguration'. */
export function isWindowsDomainJoinConfiguration<T extends { readonly '@odata.type'?: unknown }>(
  value: T,
): value is T & { readonly '@odata.type': '#microsoft.graph.windowsDomainJoinConfiguration' } {
  return value['@odata.type'] === '#microsoft.graph.windowsDomainJoinConfiguration';
}

/** True when `value` is of type WindowsPhone81SCEPCertificateProfile: its `@odata.type` is '#microsoft.graph.windowsPhone81SCEPCertificateProfile'. */
export function isWindowsPhone81SCEPCertificateProfile<T extends { readonly '@odata.type'?: unknown }>(
  value: T,
): value is T & { readonly '@odata.type': '#microsoft.graph.windowsPhone81SCEPCertificateProfile' } {
  return value['@odata.type'] === '#microsoft.graph.windowsPhone81SCEPCertificateProfile';
}

/** True when `value` is of type WindowsPhone81VpnConfiguration: its `@odata.type` is '#microsoft.graph.windowsPhone81VpnConfiguration'. */
export function isWindowsPhone81VpnConfiguration<T extends { readonly '@odata.type'?: unknown }>(
  value: T,
): value is T & { readonly '@odata.type': '#microsoft.graph.windowsPhone81VpnConfiguration' } {
  return value['@odata.type'] === '#microsoft.graph.windowsPhone81VpnConfiguration';
}

/** True when `value` is of type WindowsWifiEnterpriseEAPConfiguration: its `@odata.type` is '#microsoft.graph.windowsWifiEnterpriseEAPConfiguration'. */
export function isWindowsWifiEnterpriseEAPConfiguration<T extends { readonly '@odata.type'?: unknown }>(
  value: T,
): value is T & { readonly '@odata.type': '#microsoft.graph.windowsWifiEnterpriseEAPConfiguration' } {
  return value['@odata.type'] === '#microsoft.graph.windowsWifiEnterpriseEAPConfiguration';
}
