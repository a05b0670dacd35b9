# Test-ExchangePort on loopback addresses: fed by stand-ins of Get-ExchangeServer objects, each server probed with its
# own version's catalog and its own roles' paths, verdicts equal to exchange-ports probe's on the same host.

BeforeAll {
    Import-Module PSExchangePorts -Force
    . $PSScriptRoot/Helpers.ps1
    . $PSScriptRoot/StandIns/ExchangeServer.ps1

    # EdgeSync's port listens on the first Edge server; nothing else does.
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Parse('127.0.0.2'), 50636)
    $listener.Start()

    function Get-Verdicts {
        param($Results)
        $Results | ForEach-Object { "$($_.Port)/$($_.Transport.ToUpperInvariant()) $($_.Verdict) $(@($_.Entries) -join ',')" } | Sort-Object
    }

    function Get-ToolVerdicts {
        param([string[]] $Arguments)
        $json = Invoke-ExchangePortsTool probe --format json --timeout 1s @Arguments | ConvertFrom-Json
        Get-Verdicts ($json.results | ForEach-Object { [pscustomobject] @{ Port = $_.port; Transport = $_.transport; Verdict = $_.verdict; Entries = $_.entries } })
    }

    $servers = @(
        New-ExchangeServerStandIn -Name EDGE19 -Fqdn 127.0.0.2 -ServerRole Edge -Version 15, 2, 1544, 4
        New-ExchangeServerStandIn -Name EDGE07 -Fqdn 127.0.0.3 -ServerRole Edge -Version 8, 3, 83, 6 -Remote
        New-ExchangeServerStandIn -Name MBX13 -Fqdn 127.0.0.4 -ServerRole 'Mailbox, ClientAccess' -Version 15, 0, 1497, 2
        New-ExchangeServerStandIn -Name MBXSE -Fqdn 127.0.0.5 -ServerRole Mailbox -Version 15, 2, 2562, 17 -Remote
        New-ExchangeServerStandIn -Name HUB10 -Fqdn 127.0.0.6 -ServerRole HubTransport -Version 14, 3, 123, 4
    )
    $results = @($servers | Test-ExchangePort -TimeoutSec 1)
}

AfterAll { $listener.Stop() }

Describe 'Test-ExchangePort fed by Get-ExchangeServer' {
    It 'probes each server by its Fqdn with the catalog of its own build: <Fqdn> is <Catalog>' -ForEach @(
        @{ Fqdn = '127.0.0.2'; Catalog = 'Exchange2019Ports'; Role = 'Edge' }
        @{ Fqdn = '127.0.0.3'; Catalog = 'ExchangePorts'; Role = 'Edge' }
        @{ Fqdn = '127.0.0.4'; Catalog = 'Exchange2013Ports'; Role = 'Mailbox, ClientAccess' }
        @{ Fqdn = '127.0.0.5'; Catalog = 'Exchange2019Ports'; Role = 'Mailbox' }
        @{ Fqdn = '127.0.0.6'; Catalog = 'Exchange2010Ports'; Role = 'Hub' }
    ) {
        $mine = @($results | Where-Object ComputerName -eq $Fqdn)
        $mine | Should -Not -BeNullOrEmpty
        $mine.Catalog | Sort-Object -Unique | Should -Be $Catalog
        $mine.Role | Sort-Object -Unique | Should -Be $Role
    }

    It 'gives the verdicts exchange-ports probe gives for <Fqdn> as <Role> of <Version>' -ForEach @(
        @{ Fqdn = '127.0.0.2'; Role = 'Edge'; Version = '2019' }
        @{ Fqdn = '127.0.0.3'; Role = 'Edge'; Version = '2007' }
        @{ Fqdn = '127.0.0.5'; Role = 'Mailbox'; Version = 'SE' }
        @{ Fqdn = '127.0.0.6'; Role = 'Hub'; Version = '2010' }
    ) {
        Get-Verdicts ($results | Where-Object ComputerName -eq $Fqdn) | Should -Be (Get-ToolVerdicts '--host', $Fqdn, '--role', $Role, '--exchange', $Version)
    }

    It 'probes a server of two roles on the ports of both' {
        $ports = ($results | Where-Object ComputerName -eq '127.0.0.4' | ForEach-Object { "$($_.Port)/$($_.Transport)" } | Sort-Object -Unique)
        $both = @(Get-ToolVerdicts '--host', '127.0.0.4', '--role', 'Mailbox', '--exchange', '2013') + @(Get-ToolVerdicts '--host', '127.0.0.4', '--role', 'ClientAccess', '--exchange', '2013')
        $ports | Should -Be ($both | ForEach-Object { ($_ -split ' ')[0] } | Sort-Object -Unique)
    }

    It 'finds the one listener open and the rest closed' {
        ($results | Where-Object Verdict -eq 'open' | ForEach-Object { "$($_.ComputerName):$($_.Port)" }) | Should -Be @('127.0.0.2:50636')
        ($results | Where-Object { $_.Verdict -notin 'open', 'closed', 'not probed' }) | Should -BeNullOrEmpty
    }

    It 'takes the Name where an object has no Fqdn, and a plain string' {
        $byName = [pscustomobject] @{ Name = '127.0.0.2'; ServerRole = 'Edge'; AdminDisplayVersion = 'Version 15.2 (Build 1544.4)' } | Test-ExchangePort -TimeoutSec 1
        ($byName.ComputerName | Sort-Object -Unique) | Should -Be '127.0.0.2'
        $byString = '127.0.0.2' | Test-ExchangePort -Role Edge -TimeoutSec 1
        Get-Verdicts $byString | Should -Be (Get-Verdicts $byName)
    }

    It 'reports a server it cannot probe as its own error and probes the others' {
        $odd = [pscustomobject] @{ Name = 'EX2003'; Fqdn = '127.0.0.7'; ServerRole = 'Mailbox'; AdminDisplayVersion = 'Version 6.5 (Build 7638.2)' }
        $good = $servers[0]
        $out = @($odd, $good | Test-ExchangePort -TimeoutSec 1 -ErrorVariable problems -ErrorAction SilentlyContinue)
        $problems | Should -HaveCount 1
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $problems[0].Exception.Message | Should -BeLike "*-Version: 'Version 6.5 (Build 7638.2)' is not a shipped catalog or an Exchange build*"
        $problems[0].TargetObject | Should -Be '127.0.0.7'
        ($out.ComputerName | Sort-Object -Unique) | Should -Be '127.0.0.2'
    }

    It 'probes the good computers of a list with a bad one, which is an error of its own' {
        $out = @(Test-ExchangePort -ComputerName 127.0.0.2, 127.1, 127.0.0.3 -Role Edge -TimeoutSec 1 -ErrorVariable problems -ErrorAction SilentlyContinue)
        ($out.ComputerName | Sort-Object -Unique) | Should -Be @('127.0.0.2', '127.0.0.3')
        $problems | Should -HaveCount 1
        $problems[0].TargetObject | Should -Be '127.1'
    }

    It 'keeps within the open-file limit, whatever -ThrottleLimit asks' {
        $catalog = Join-Path (New-TestFolder) 'range.ports.csv'
        Set-Content $catalog "name,port,transport,from,to,fromRoles,toRoles`nRange,20000-28000,tcp,Internet,Edge,Internet,Edge" -Encoding utf8NoBOM
        $script = "ulimit -n 256 && pwsh -NoProfile -NonInteractive -Command 'Import-Module PSExchangePorts; (Test-ExchangePort -ComputerName 127.0.0.1 -Role Edge -Path $catalog -SweepRanges -ThrottleLimit 4096 -TimeoutSec 1 | Where-Object Verdict -in open, closed | Measure-Object).Count'"
        $output = bash -c $script 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        [int]($output | Select-Object -Last 1) | Should -Be 8001
    }

    It 'shows what a server answers as visible text: no escape sequence reaches the terminal' {
        $folder = New-TestFolder
        $py = Join-Path $folder 'banner.py'
        Set-Content $py "import socket`ns = socket.socket()`ns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)`ns.bind(('127.0.0.8', 2525))`ns.listen(5)`nwhile True:`n    c, _ = s.accept()`n    c.sendall(b'554 \x1b[2J\x1b]0;pwned\x07 go away\r\n')`n    c.close()"
        $listener = Start-Process python3 -ArgumentList $py -PassThru
        try {
            Start-Sleep -Milliseconds 500
            $catalog = Join-Path $folder 'mail.ports.csv'
            Set-Content $catalog "name,port,transport,from,to,fromRoles,toRoles,service`nSmtp,2525,tcp,Internet,Edge,Internet,Edge,SMTP" -Encoding utf8NoBOM
            $result = Test-ExchangePort -ComputerName 127.0.0.8 -Role Edge -Path $catalog -Banner -TimeoutSec 2
            $result.ServiceAnswered | Should -BeFalse
            $result.Detail | Should -Match "`e"
            $shown = $result | Out-String -Width 300
            $shown | Should -Not -Match "`e|`a"
            $shown | Should -Match '\\u001B\[2J'
        }
        finally { Stop-Process $listener }
    }

    It 'refuses an address that is not in canonical form: <Address>' -ForEach @(@{ Address = '127.1' }, @{ Address = '0x7f.0.0.1' }, @{ Address = '2130706433' }) {
        $out = Test-ExchangePort -ComputerName $Address -Role Edge -TimeoutSec 1 -ErrorVariable problems -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $problems[0].Exception.Message | Should -BeLike '*-ComputerName*'
    }

    It 'asks for the role when the catalogs have roles' {
        $out = Test-ExchangePort -ComputerName 127.0.0.2 -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].Exception.Message | Should -BeLike '-Role: give the role of the hosts probed*'
    }

    It 'answers -Banner with ServiceAnswered on an open port' {
        $banner = Test-ExchangePort -ComputerName 127.0.0.2 -Role Edge -Version 2019 -Banner -TimeoutSec 1 | Where-Object Port -eq 50636
        $banner.Verdict | Should -Be 'open'
        $banner.ServiceAnswered | Should -BeFalse
    }
}
