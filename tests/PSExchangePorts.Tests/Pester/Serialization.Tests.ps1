# The module's objects through PowerShell's serialization (a job here; a remote session serializes the same way):
# every property kept, and the view of the type still applied.

BeforeAll {
    Import-Module PSExchangePorts -Force
    $job = Start-Job {
        Import-Module PSExchangePorts
        Get-ExchangePort -Port 25
        Test-ExchangePort -ComputerName 127.0.0.1 -Role Edge -TimeoutSec 1
    }
    $received = @(Receive-Job $job -Wait -AutoRemoveJob)
    $localEntries = @(Get-ExchangePort -Port 25)
    $localResults = @(Test-ExchangePort -ComputerName 127.0.0.1 -Role Edge -TimeoutSec 1)
}

Describe 'Results through a job' {
    It 'keep every property of <Type> with its value' -ForEach @(
        @{ Type = 'ExchangePortEntry'; Key = 'FullName' }, @{ Type = 'ExchangePortProbeResult'; Key = 'Port' }
    ) {
        $local = if ($Type -eq 'ExchangePortEntry') { $localEntries } else { $localResults }
        $remote = @($received | Where-Object { $_.PSObject.TypeNames[0] -eq "Deserialized.PSExchangePorts.$Type" })
        $remote.Count | Should -Be $local.Count
        $remote.Count | Should -BeGreaterThan 0
        foreach ($item in $local) {
            # Not Select-Object -First: it adds its own type name to the very objects it passes on.
            $copy = @($remote | Where-Object $Key -eq $item.$Key)[0]
            $copy | Should -Not -BeNullOrEmpty
            foreach ($property in $item.PSObject.Properties | Where-Object Name -ne 'Time') {
                ((@($copy.($property.Name)) -join '|')) | Should -BeExactly ((@($property.Value) -join '|')) -Because $property.Name
            }
            if ($Type -eq 'ExchangePortProbeResult') { $copy.Time | Should -BeOfType [timespan] }
        }
    }

    It 'are shown with the view of <Type>: <Header>' -ForEach @(
        @{ Type = 'ExchangePortEntry'; Header = 'Name\s+Ports\s+Transports\s+Route' }
        @{ Type = 'ExchangePortProbeResult'; Header = 'ComputerName\s+Port\s+Verdict\s+Time \(ms\)\s+Entry' }
    ) {
        $remote = $received | Where-Object { $_.PSObject.TypeNames[0] -eq "Deserialized.PSExchangePorts.$Type" }
        $remote | Should -Not -BeNullOrEmpty
        ($remote | Out-String -Width 200) | Should -Match $Header
    }
}

Describe 'Get-ExchangeServer objects handed to another session' {
    It 'bind as they do in the shell: the deserialized ServerRole and AdminDisplayVersion still name the roles and the catalog' {
        . $PSScriptRoot/StandIns/ExchangeServer.ps1
        $servers = @(New-ExchangeServerStandIn -Name MBX13 -Fqdn 127.0.0.4 -ServerRole 'Mailbox, ClientAccess' -Version 15, 0, 1497, 2)
        $results = @(Receive-Job -Wait -AutoRemoveJob (Start-Job {
            Import-Module PSExchangePorts
            $using:servers | Test-ExchangePort -TimeoutSec 1
        }))
        $results | Should -Not -BeNullOrEmpty
        ($results.Catalog | Sort-Object -Unique) | Should -Be 'Exchange2013Ports'
        ($results.Role | Sort-Object -Unique) | Should -Be 'Mailbox, ClientAccess'
    }
}
