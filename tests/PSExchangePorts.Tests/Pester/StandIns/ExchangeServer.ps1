# Stand-ins of the objects Get-ExchangeServer writes, with the property shapes Microsoft documents for it (Name, Fqdn,
# ServerRole, AdminDisplayVersion, Site, Edition). In the Exchange Management Shell, ServerRole is a flags enumeration
# that prints as "Mailbox, ClientAccess", and AdminDisplayVersion a ServerVersion that prints as
# "Version 15.2 (Build 1544.4)"; through a remote session (how the shell usually connects) both arrive as their text.

if (-not ('StandIn.Exchange.ServerRole' -as [type])) {
    Add-Type -TypeDefinition @'
namespace StandIn.Exchange
{
    [System.Flags]
    public enum ServerRole { None = 0, Cafe = 1, Mailbox = 2, ClientAccess = 4, UnifiedMessaging = 16, HubTransport = 32, Edge = 64 }

    public sealed class ServerVersion
    {
        public ServerVersion(int major, int minor, int build, int revision) { Major = major; Minor = minor; Build = build; Revision = revision; }
        public int Major { get; }
        public int Minor { get; }
        public int Build { get; }
        public int Revision { get; }
        public override string ToString() => "Version " + Major + "." + Minor + " (Build " + Build + "." + Revision + ")";
    }
}
'@
}

function New-ExchangeServerStandIn {
    param(
        [string] $Name,
        [string] $Fqdn,
        [StandIn.Exchange.ServerRole] $ServerRole,
        [int[]] $Version,
        [switch] $Remote
    )
    $server = [pscustomobject] @{
        Name = $Name
        Fqdn = $Fqdn
        ServerRole = $ServerRole
        AdminDisplayVersion = [StandIn.Exchange.ServerVersion]::new($Version[0], $Version[1], $Version[2], $Version[3])
        Site = 'contoso.com/Configuration/Sites/Default-First-Site-Name'
        Edition = 'Enterprise'
    }
    $server.PSObject.TypeNames.Insert(0, 'Microsoft.Exchange.Data.Directory.Management.ExchangeServer')
    if ($Remote) {
        # What a remote session hands over: the same properties, their values as text.
        $server.ServerRole = $server.ServerRole.ToString()
        $server.AdminDisplayVersion = $server.AdminDisplayVersion.ToString()
        $server.PSObject.TypeNames.Insert(0, 'Deserialized.Microsoft.Exchange.Data.Directory.Management.ExchangeServer')
    }
    $server
}
