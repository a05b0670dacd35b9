# Get-ExchangePort against exchange-ports list on the same catalogs and filters, and its errors.

BeforeAll {
    Import-Module PSExchangePorts -Force
    . $PSScriptRoot/Helpers.ps1

    function Compare-WithList {
        param([hashtable] $Cmdlet, [string[]] $Tool)
        $mine = @(Get-ExchangePort @Cmdlet)
        $theirs = @((Invoke-ExchangePortsTool list --format json @Tool | ConvertFrom-Json).entries)
        $mine.Count | Should -Be $theirs.Count
        $mine.Count | Should -BeGreaterThan 0
        for ($i = 0; $i -lt $mine.Count; $i++) {
            $m = $mine[$i]; $t = $theirs[$i]
            $m.Catalog | Should -BeExactly $t.catalog
            $m.Group | Should -BeExactly $t.group
            $m.EntryName | Should -BeExactly $t.name
            $m.Name | Should -BeExactly $t.qualifiedName
            $m.WrittenName | Should -BeExactly $t.writtenName
            $m.Port | Should -Be $t.port
            $m.LastPort | Should -Be $t.lastPort
            ($m.Transports -join '/') | Should -Be (($t.transports | ForEach-Object ToUpperInvariant) -join '/')
            $m.From | Should -BeExactly $t.from
            $m.To | Should -BeExactly $t.to
            ($m.FromRoles -join '/') | Should -BeExactly ($t.fromRoles -join '/')
            ($m.ToRoles -join '/') | Should -BeExactly ($t.toRoles -join '/')
            $m.Service | Should -BeExactly $t.service
            $m.Security | Should -BeExactly $t.security
            $m.Description | Should -BeExactly $t.description
            $m.Source | Should -BeExactly $t.source
            $m.Notes | Should -BeExactly $t.notes
        }
    }
}

Describe 'Get-ExchangePort' {
    It 'gives the entries exchange-ports list gives, field by field, for <Label>' -ForEach @(
        @{ Label = 'the default catalog'; Cmdlet = @{}; Tool = @() }
        @{ Label = 'Exchange 2007'; Cmdlet = @{ Version = '2007' }; Tool = @('--exchange', '2007') }
        @{ Label = '2016 and 2019 to Edge'; Cmdlet = @{ Version = '2016', '2019'; To = 'Edge' }; Tool = @('--exchange', '2016', '--exchange', '2019', '--to', 'Edge') }
        @{ Label = 'a port in a range'; Cmdlet = @{ Version = '2013'; Port = 50000 }; Tool = @('--exchange', '2013', '--port', '50000') }
        @{ Label = 'a role in another case and a group'; Cmdlet = @{ Version = 'se'; From = 'mailbox'; Group = 'mailboxtoedge' }; Tool = @('--exchange', 'SE', '--from', 'Mailbox', '--group', 'MailboxToEdge') }
    ) {
        Compare-WithList -Cmdlet $Cmdlet -Tool $Tool
    }

    It 'reads a catalog file given by a relative path, as exchange-ports --catalog does' {
        $folder = New-TestFolder
        Set-Content -Path (Join-Path $folder 'lab.ports.csv') -Value "name,port,transport,from,to,fromRoles,toRoles,description`nWeb,8443,tcp,Clients,Lab,Clients,Lab,It's ""quoted"" — and `u{202E}bidi" -Encoding utf8NoBOM
        Push-Location $folder
        try { Compare-WithList -Cmdlet @{ Path = 'lab.ports.csv' } -Tool @('--catalog', (Join-Path $folder 'lab.ports.csv')) }
        finally { Pop-Location }
    }

    It 'takes a written name, a full name and a wildcard' {
        (Get-ExchangePort -Name edgesync.secureldap).Port | Should -Be 50636
        (Get-ExchangePort -Name Exchange2019Ports.EdgeSync.SecureLdap).Name | Should -Be 'EdgeSync.SecureLdap'
        (Get-ExchangePort -Name '*Ldap*').Name | Should -Contain 'EdgeSync.SecureLdap'
    }

    It 'reports a port no entry has as ObjectNotFound, and goes on' {
        $result = Get-ExchangePort -Port 9 -ErrorVariable problems -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $problems | Should -HaveCount 1
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].Exception.Message | Should -Match 'port 9'
    }

    It 'gives nothing and no error for a wildcard that matches nothing' {
        Get-ExchangePort -Name 'nothing*' -ErrorVariable problems | Should -BeNullOrEmpty
        $problems | Should -HaveCount 0
    }

    It 'refuses <Label> with one InvalidArgument error naming the parameter, no stack trace' -ForEach @(
        @{ Label = 'an unknown version'; Arguments = @{ Version = '2020' }; Text = "-Version: '2020' is not a shipped catalog" }
        @{ Label = 'an unknown role'; Arguments = @{ From = 'Firewall' }; Text = "-From: 'Firewall' is not a role of these catalogs" }
        @{ Label = 'a port out of range'; Arguments = @{ Port = 70000 }; Text = 'Port' }
        @{ Label = 'a version in other digits'; Arguments = @{ Version = "Version `u{0661}`u{0665}.`u{0662} (Build 1.1)" }; Text = '-Version: ' }
        @{ Label = 'a name that is not a wildcard pattern'; Arguments = @{ Name = '[' }; Text = '-Name: ' }
        @{ Label = 'a role with an escape sequence'; Arguments = @{ To = "Ed`e[2Jge" }; Text = "-To: 'Ed\u001B" }
    ) {
        $record = $null
        try { Get-ExchangePort @Arguments -ErrorAction Stop } catch { $record = $_ }
        $record | Should -Not -BeNullOrEmpty
        $record.CategoryInfo.Category | Should -BeIn @('InvalidArgument', 'InvalidData')
        $record.Exception.Message | Should -BeLike "*$Text*"
        Get-ErrorText $record | Should -Not -Match '   at '
        Get-ErrorText $record | Should -Not -Match "`e"
    }

    It 'reports a missing catalog file as ObjectNotFound' {
        $record = $null
        try { Get-ExchangePort -Path ./no-such.ports.csv -ErrorAction Stop } catch { $record = $_ }
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $record.Exception.Message | Should -BeLike "*-Path: './no-such.ports.csv' names no catalog file*"
    }

    It 'reports a catalog with errors at its file, line and column, as a build does' {
        $folder = New-TestFolder
        $file = Join-Path $folder 'broken.ports.csv'
        Set-Content -Path $file -Value "name,port,transport`nSmtp,99999,tcp" -Encoding utf8NoBOM
        $record = $null
        try { Get-ExchangePort -Path $file -ErrorAction Stop } catch { $record = $_ }
        $record.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $record.Exception.Message | Should -Match ([regex]::Escape($file) + '\(2,\d+\): error EXP\d{4}')
        Get-ErrorText $record | Should -Not -Match '   at '
    }
}
