# The module as Install-PSResource put it: the version packed, no warning on import, every command, approved verbs.

BeforeAll {
    $module = Get-Module -ListAvailable -Name PSExchangePorts
}

Describe 'The installed module' {
    It 'is the version packed, installed once from the local repository' {
        $module | Should -HaveCount 1
        $module.Version.ToString() | Should -Be $env:EXCHANGEPORTS_MODULE_VERSION
        (Get-InstalledPSResource -Name PSExchangePorts).Repository | Should -Be 'ExchangePortsLocal'
    }

    It 'declares both editions and PowerShell 5.1' {
        $module.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $module.PowerShellVersion | Should -Be ([version] '5.1')
    }

    It 'imports with no warning and no error' {
        $output = pwsh -NoProfile -NonInteractive -Command 'Import-Module PSExchangePorts -WarningVariable w -ErrorVariable e; "warnings=$($w.Count) errors=$($e.Count)"' 2>&1
        $output | Should -Be 'warnings=0 errors=0'
    }

    It 'exports exactly its five cmdlets, each with an approved verb' {
        Import-Module PSExchangePorts -Force
        $commands = Get-Command -Module PSExchangePorts
        $commands.Name | Sort-Object | Should -Be @('Export-ExchangePortFirewallRule', 'Get-ExchangePort', 'Get-ExchangePortDiagram', 'New-ExchangePortFirewallRule', 'Test-ExchangePort')
        $approved = (Get-Verb).Verb
        foreach ($command in $commands) { $approved | Should -Contain $command.Verb }
    }

    It 'carries the shipped catalogs' {
        Get-ChildItem (Join-Path $module.ModuleBase 'catalog') -Name | Sort-Object |
            Should -Be @('exchange.ports.csv', 'exchange2010.ports.json', 'exchange2013.ports.json', 'exchange2016.ports.json', 'exchange2019.ports.json', 'ExchangePorts.props')
    }

    It 'finds EdgeSync.SecureLdap on 50636 in Exchange 2007, as the README says' {
        Import-Module PSExchangePorts -Force
        (Get-ExchangePort -Version 2007 -Port 50636).Name | Should -Be 'EdgeSync.SecureLdap'
    }
}

Describe 'The module on a server without internet' {
    It 'is saved with Save-PSResource, copied, and imported by path' {
        $saved = Join-Path ([System.IO.Path]::GetTempPath()) ('psexchangeports-save-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
        $server = Join-Path $saved 'server-modules'
        New-Item -ItemType Directory -Path $saved, $server | Out-Null
        try {
            Save-PSResource -Name PSExchangePorts -Repository ExchangePortsLocal -Path $saved -TrustRepository
            Copy-Item -Recurse (Join-Path $saved 'PSExchangePorts') $server
            $output = pwsh -NoProfile -NonInteractive -Command "Import-Module '$server/PSExchangePorts' -WarningVariable w; (Get-ExchangePort -Version 2007 -Port 50636).Name; `$w.Count; (Get-Module PSExchangePorts).ModuleBase"
            $output[0] | Should -Be 'EdgeSync.SecureLdap'
            $output[1] | Should -Be '0'
            $output[2] | Should -BeLike "$server*"
        }
        finally { Remove-Item -Recurse -Force $saved }
    }
}
