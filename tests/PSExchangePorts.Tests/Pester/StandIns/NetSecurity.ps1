# Stand-ins of the NetSecurity cmdlets New-NetFirewallRule and Remove-NetFirewallRule, which Linux has not. Each takes
# exactly the parameters Microsoft documents for it (Windows Server 2022's NetSecurity reference: parameter names,
# sets and accepted values), records every call in $global:NetSecurityCalls, and keeps the rules it made in
# $global:FirewallRules, so a test sees what a firewall would hold. Remove with nothing to remove reports
# ObjectNotFound, as the real cmdlet does.

$global:NetSecurityCalls = [System.Collections.Generic.List[object]]::new()
$global:FirewallRules = [System.Collections.Generic.List[object]]::new()

function global:New-NetFirewallRule {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [string] $PolicyStore,
        [string] $GPOSession,
        [string] $Name,
        [Parameter(Mandatory)] [string] $DisplayName,
        [string] $Description,
        [string] $Group,
        [ValidateSet('True', 'False')] [string] $Enabled,
        [ValidateSet('Any', 'Domain', 'Private', 'Public', 'NotApplicable')] [string[]] $Profile,
        [string[]] $Platform,
        [ValidateSet('Inbound', 'Outbound')] [string] $Direction,
        [ValidateSet('NotConfigured', 'Allow', 'Block')] [string] $Action,
        [ValidateSet('Block', 'Allow', 'DeferToUser', 'DeferToApp')] [string] $EdgeTraversalPolicy,
        [bool] $LooseSourceMapping,
        [bool] $LocalOnlyMapping,
        [string] $Owner,
        [string[]] $LocalAddress,
        [string[]] $RemoteAddress,
        [string] $Protocol,
        [string[]] $LocalPort,
        [string[]] $RemotePort,
        [string[]] $IcmpType,
        [Alias('DynamicTransport')] [ValidateSet('Any', 'ProximityApps', 'ProximitySharing', 'WifiDirectPrinting', 'WifiDirectDisplay', 'WifiDirectDevices')] [string] $DynamicTarget,
        [string] $Program,
        [string] $Package,
        [string] $Service,
        [WildcardPattern[]] $InterfaceAlias,
        [ValidateSet('Any', 'Wired', 'Wireless', 'RemoteAccess')] [string] $InterfaceType,
        [string] $LocalUser,
        [string] $RemoteUser,
        [string] $RemoteMachine,
        [ValidateSet('NotRequired', 'Required', 'NoEncap')] [string] $Authentication,
        [ValidateSet('NotRequired', 'Required', 'Dynamic')] [string] $Encryption,
        [bool] $OverrideBlockRules,
        [Alias('Session')] [object[]] $CimSession,
        [int] $ThrottleLimit,
        [switch] $AsJob
    )
    $call = [ordered]@{ Command = 'New-NetFirewallRule' }
    foreach ($key in $PSBoundParameters.Keys) { $call[$key] = $PSBoundParameters[$key] }
    $global:NetSecurityCalls.Add([pscustomobject] $call)
    if ($Name -and ($global:FirewallRules | Where-Object { $_.Name -eq $Name -and "$($_.PolicyStore)" -eq $PolicyStore -and "$($_.GPOSession)" -eq $GPOSession })) {
        Write-Error -Message "Cannot create a file when that file already exists." -Category ResourceExists -TargetObject $Name
        return
    }
    $rule = [pscustomobject] $call
    $global:FirewallRules.Add($rule)
    $rule
}

function global:Remove-NetFirewallRule {
    [CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'GetAll')]
    param(
        [Parameter(ParameterSetName = 'GetAll')] [switch] $All,
        [Parameter(ParameterSetName = 'ByName', Mandatory, Position = 0)] [string[]] $Name,
        [Parameter(ParameterSetName = 'ByDisplayName', Mandatory)] [string[]] $DisplayName,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $Description,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $DisplayGroup,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $Group,
        [Parameter(ParameterSetName = 'ByQuery')] [ValidateSet('True', 'False')] [string[]] $Enabled,
        [Parameter(ParameterSetName = 'ByQuery')] [ValidateSet('Inbound', 'Outbound')] [string[]] $Direction,
        [Parameter(ParameterSetName = 'ByQuery')] [ValidateSet('NotConfigured', 'Allow', 'Block')] [string[]] $Action,
        [Parameter(ParameterSetName = 'ByQuery')] [ValidateSet('Block', 'Allow', 'DeferToUser', 'DeferToApp')] [string[]] $EdgeTraversalPolicy,
        [Parameter(ParameterSetName = 'ByQuery')] [bool[]] $LooseSourceMapping,
        [Parameter(ParameterSetName = 'ByQuery')] [bool[]] $LocalOnlyMapping,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $Owner,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $PrimaryStatus,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $Status,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $PolicyStoreSource,
        [Parameter(ParameterSetName = 'ByQuery')] [string[]] $PolicyStoreSourceType,
        [Parameter(ParameterSetName = 'ByAssociatedNetFirewallAddressFilter', Mandatory, ValueFromPipeline)] [object] $AssociatedNetFirewallAddressFilter,
        [Parameter(ParameterSetName = 'ByAssociatedNetFirewallPortFilter', Mandatory, ValueFromPipeline)] [object] $AssociatedNetFirewallPortFilter,
        [Parameter(ParameterSetName = 'InputObject', Mandatory, ValueFromPipeline)] [object[]] $InputObject,
        [Parameter(ParameterSetName = 'GetAll')] [Parameter(ParameterSetName = 'ByName')] [Parameter(ParameterSetName = 'ByDisplayName')] [Parameter(ParameterSetName = 'ByQuery')]
        [Parameter(ParameterSetName = 'ByAssociatedNetFirewallAddressFilter')] [Parameter(ParameterSetName = 'ByAssociatedNetFirewallPortFilter')]
        [string] $PolicyStore,
        [Parameter(ParameterSetName = 'GetAll')] [Parameter(ParameterSetName = 'ByName')] [Parameter(ParameterSetName = 'ByDisplayName')] [Parameter(ParameterSetName = 'ByQuery')]
        [Parameter(ParameterSetName = 'ByAssociatedNetFirewallAddressFilter')] [Parameter(ParameterSetName = 'ByAssociatedNetFirewallPortFilter')]
        [string] $GPOSession,
        [Parameter(ParameterSetName = 'GetAll')] [Parameter(ParameterSetName = 'ByName')] [Parameter(ParameterSetName = 'ByDisplayName')] [Parameter(ParameterSetName = 'ByQuery')]
        [switch] $TracePolicyStore,
        [Alias('Session')] [object[]] $CimSession,
        [int] $ThrottleLimit,
        [switch] $AsJob,
        [switch] $PassThru
    )
    $call = [ordered]@{ Command = 'Remove-NetFirewallRule' }
    foreach ($key in $PSBoundParameters.Keys) { $call[$key] = $PSBoundParameters[$key] }
    $global:NetSecurityCalls.Add([pscustomobject] $call)
    $doomed = @($global:FirewallRules | Where-Object { ($null -eq $Group -or $Group -contains $_.Group) -and "$($_.PolicyStore)" -eq $PolicyStore -and "$($_.GPOSession)" -eq $GPOSession })
    if ($doomed.Count -eq 0) {
        Write-Error -Message "No MSFT_NetFirewallRule objects found with property 'Group' equal to '$Group'.  Verify the value of the property and retry." -Category ObjectNotFound -TargetObject $Group
        return
    }
    foreach ($rule in $doomed) { [void] $global:FirewallRules.Remove($rule) }
}
