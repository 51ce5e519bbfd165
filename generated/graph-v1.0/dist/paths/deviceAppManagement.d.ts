/** The path template `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, for building URLs with another HTTP stack (a $batch request, a proxy). */
export declare const deviceAppManagementMobileAppConfigurationsItemDeviceStatusesItemPathTemplate =
  '/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}';
/**
 * Builds `/deviceAppManagement/mobileAppConfigurations/{managedDeviceMobileAppConfigurationId}/deviceStatuses/{managedDeviceMobileAppConfigurationDeviceStatusId}`, each parameter encoded as exactly one path segment.
 * @throws TypeError when a parameter is empty, blank, `.` or `..`.
 */
export declare function deviceAppManagementMobileAppConfigurationsItemDeviceStatusesItemPath(params: {
  /** Key of the managedDeviceMobileAppConfiguration. */ managedDeviceMobileAppConfigurationId: string | number;
  /** Key of the managedDeviceMobileAppConfigurationDeviceStatus to update. */ managedDeviceMobileAppConfigurationDeviceStatusId:
    string | number;
}): string;
