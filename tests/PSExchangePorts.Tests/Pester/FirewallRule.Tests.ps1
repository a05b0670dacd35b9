# New-ExchangePortFirewallRule against stand-ins of the NetSecurity cmdlets, and Export-ExchangePortFirewallRule against
# exchange-ports firewall: the same plan, the same calls as the script the command line writes.

BeforeAll {
    Import-Module PSExchangePorts -Force
    . $PSScriptRoot/Helpers.ps1
    $Edge = @{ Role = 'Edge'; Allow = @{ Internet = 'Any'; Mailbox = '10.1.0.0/24'; ExchangeOnline = 'Any' } }

    function Reset-Firewall { . $PSScriptRoot/StandIns/NetSecurity.ps1 }

    # The calls as text, one per line, values in the order given: what a firewall is asked to do.
    function Format-Calls {
        param($Calls)
        foreach ($call in $Calls) {
            $call.Command + ($call.PSObject.Properties | Where-Object Name -notin 'Command', 'ErrorAction' | ForEach-Object { " -$($_.Name) " + (@($_.Value) -join ',') }) -join ''
        }
    }
}

Describe 'New-ExchangePortFirewallRule' {
    BeforeEach { Reset-Firewall }

    It 'with -WhatIf calls nothing and lists what it would do' {
        $output = New-ExchangePortFirewallRule @Edge -WhatIf 6>&1 | Out-String
        $global:NetSecurityCalls | Should -HaveCount 0
        $global:FirewallRules | Should -HaveCount 0
    }

    It 'removes its group, then creates exactly the rules the exchange-ports script creates' {
        $created = New-ExchangePortFirewallRule @Edge
        $mine = Format-Calls $global:NetSecurityCalls

        Reset-Firewall
        $script = Invoke-ExchangePortsTool firewall --role Edge --exchange 2019 --allow Internet=Any --allow Mailbox=10.1.0.0/24 --allow ExchangeOnline=Any --format powershell
        & ([scriptblock]::Create($script))
        $theirs = Format-Calls $global:NetSecurityCalls

        $mine | Should -Be $theirs
        $mine[0] | Should -Be "Remove-NetFirewallRule -Group ExchangePorts Edge inbound"
        ($mine | Select-Object -Skip 1) | Should -Not -BeNullOrEmpty
        $created.Count | Should -Be ($mine.Count - 1)
        $created[0].PSObject.TypeNames[0] | Should -Be 'PSExchangePorts.ExchangePortFirewallRule'
        ($created | Where-Object Port -eq '50636').RemoteAddress | Should -Be @('10.1.0.0/24')
    }

    It 'run twice leaves one set of rules' {
        New-ExchangePortFirewallRule @Edge | Out-Null
        $first = Format-Calls $global:FirewallRules
        New-ExchangePortFirewallRule @Edge -ErrorAction Stop | Out-Null
        Format-Calls $global:FirewallRules | Should -Be $first
        ($global:FirewallRules.Name | Sort-Object -Unique).Count | Should -Be $global:FirewallRules.Count
    }

    It 'passes -PolicyStore to every call' {
        New-ExchangePortFirewallRule @Edge -PolicyStore 'contoso.com\Exchange Edge' | Out-Null
        $global:NetSecurityCalls.Count | Should -BeGreaterThan 1
        foreach ($call in $global:NetSecurityCalls) { $call.PolicyStore | Should -Be 'contoso.com\Exchange Edge' }
    }

    It 'passes -GPOSession to every call' {
        New-ExchangePortFirewallRule @Edge -GPOSession 'session-1' | Out-Null
        foreach ($call in $global:NetSecurityCalls) { $call.GPOSession | Should -Be 'session-1'; $call.PSObject.Properties.Name | Should -Not -Contain 'PolicyStore' }
    }

    It 'refuses -PolicyStore with -GPOSession' {
        { New-ExchangePortFirewallRule @Edge -PolicyStore a -GPOSession b } | Should -Throw -ErrorId 'AmbiguousParameterSet,PSExchangePorts.Commands.NewExchangePortFirewallRuleCommand'
        $global:NetSecurityCalls | Should -HaveCount 0
    }

    It 'is replaced by a Pester mock of the same name, as the NetSecurity cmdlets are found in the session' {
        Mock New-NetFirewallRule { [pscustomobject] @{ Mocked = $true } }
        Mock Remove-NetFirewallRule { }
        New-ExchangePortFirewallRule @Edge | Out-Null
        Should -Invoke New-NetFirewallRule -Times 2 -Exactly -ParameterFilter { $Group -eq 'ExchangePorts Edge inbound' -and $Direction -eq 'Inbound' -and $Action -eq 'Allow' }
        Should -Invoke Remove-NetFirewallRule -Times 1 -Exactly -ParameterFilter { $Group -eq 'ExchangePorts Edge inbound' }
        $global:NetSecurityCalls | Should -HaveCount 0
    }

    It 'leaves internal Exchange paths open to any address, as exchange-ports does' {
        $rules = New-ExchangePortFirewallRule -Role Mailbox -Version 2016 -AllowAny
        $unrestricted = @($rules | Where-Object Unrestricted)
        $unrestricted | Should -Not -BeNullOrEmpty
        foreach ($rule in $unrestricted) { $rule.RemoteAddress | Should -Be @('Any') }
    }

    It 'warns when addresses given for a peer do not apply to its internal paths' {
        New-ExchangePortFirewallRule -Role Mailbox -Version 2016 -Allow @{ Mailbox = '10.0.0.0/24' } -AllowAny -WhatIf -WarningVariable warnings 3>$null
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike '-Allow Mailbox: the paths between internal Exchange servers and domain controllers allow any address*'
        $global:NetSecurityCalls | Should -HaveCount 0
    }

    It 'asks for the addresses of a peer it was not given, in PowerShell''s words, and calls nothing' {
        $record = $null
        try { New-ExchangePortFirewallRule -Role Edge -Allow @{ Internet = 'Any' } -ErrorAction Stop } catch { $record = $_ }
        $record.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $record.Exception.Message | Should -BeLike "*-Allow @{ Mailbox = '10.1.0.0/24' }*-AllowAny*"
        $global:NetSecurityCalls | Should -HaveCount 0
    }

    It 'refuses an address that is not one: <Value>' -ForEach @(
        @{ Value = '10.1' }, @{ Value = '10.1.0.1/24' }, @{ Value = '::ffff:10.1.0.1' }, @{ Value = "10.1.0.0/24'; Remove-Item x" }, @{ Value = '' }
    ) {
        { New-ExchangePortFirewallRule -Role Edge -Allow @{ Internet = 'Any'; ExchangeOnline = 'Any'; Mailbox = $Value } -ErrorAction Stop } | Should -Throw
        $global:NetSecurityCalls | Should -HaveCount 0
    }

    It 'changes nothing when New-NetFirewallRule is missing, though Remove-NetFirewallRule is there' {
        Remove-Item function:New-NetFirewallRule
        $record = $null
        try { New-ExchangePortFirewallRule @Edge -ErrorAction Stop } catch { $record = $_ }
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $record.Exception.Message | Should -BeLike 'New-NetFirewallRule is not available*'
        $global:NetSecurityCalls | Should -HaveCount 0
    }

    It 'creates no rule when the old ones cannot be removed' {
        New-ExchangePortFirewallRule @Edge | Out-Null
        $before = Format-Calls $global:FirewallRules
        function global:Remove-NetFirewallRule { [CmdletBinding()] param([string[]] $Group) Write-Error -Message 'Access is denied.' -Category PermissionDenied }
        $global:NetSecurityCalls.Clear()
        $record = $null
        try { New-ExchangePortFirewallRule @Edge -ErrorAction Stop } catch { $record = $_ }
        $record | Should -Not -BeNullOrEmpty
        $global:NetSecurityCalls | Should -HaveCount 0
        Format-Calls $global:FirewallRules | Should -Be $before
    }

    It 'says where the NetSecurity cmdlets are missing, as one ObjectNotFound error' {
        Remove-Item function:New-NetFirewallRule, function:Remove-NetFirewallRule
        $record = $null
        try { New-ExchangePortFirewallRule @Edge -ErrorAction Stop } catch { $record = $_ }
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $record.Exception.Message | Should -BeLike '*NetSecurity module*'
    }

    It 'passes catalog text as values, never as code: hostile names and descriptions reach the rules as they are in the script' {
        $folder = New-TestFolder
        $hostile = "Evil'; Remove-Item -Recurse C:\ ; '`u{2019}`$(whoami)`u{202E}`r`n# `"end"
        $catalog = [ordered]@{ entries = @([ordered]@{ name = 'Smtp'; port = 2525; transport = 'tcp'; from = 'Internet'; to = 'Edge'; fromRoles = 'Internet'; toRoles = 'Edge'; service = $hostile; description = $hostile; source = $hostile; notes = $hostile }) }
        $path = Join-Path $folder "evil'`$(x).ports.json"
        $catalog | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $path -Encoding utf8NoBOM
        $sentinel = Join-Path $folder 'ran'
        $created = New-ExchangePortFirewallRule -Role Edge -AllowAny -Path ([WildcardPattern]::Escape($path))
        $mine = Format-Calls $global:NetSecurityCalls

        Reset-Firewall
        $script = Invoke-ExchangePortsTool firewall --role Edge --catalog $path --allow-any --format powershell
        & ([scriptblock]::Create($script))
        Format-Calls $global:NetSecurityCalls | Should -Be $mine
        $created | Should -HaveCount 1
        $created.Description | Should -Not -Match "`r|`n|\u202E"
        Test-Path $sentinel | Should -BeFalse
    }
}

Describe 'Export-ExchangePortFirewallRule' {
    It 'writes what exchange-ports firewall writes in <Format>, but for the line that says what made it' -ForEach @(
        @{ Format = 'PowerShell'; Tool = 'powershell' }, @{ Format = 'Netsh'; Tool = 'netsh' }, @{ Format = 'Nftables'; Tool = 'nftables' }
    ) {
        $mine = (Export-ExchangePortFirewallRule @Edge -Format $Format).TrimEnd("`r`n".ToCharArray()) -split "`r?`n"
        $theirs = (Invoke-ExchangePortsTool firewall --role Edge --allow Internet=Any --allow Mailbox=10.1.0.0/24 --allow ExchangeOnline=Any --format $Tool) -split "`n"
        $header = @($theirs | Select-String -SimpleMatch 'exchange-ports firewall')[0].LineNumber - 1
        $mine[$header] | Should -Match '^\S+ Export-ExchangePortFirewallRule '
        $mine[$header] | Should -Match "-Role 'Edge'"
        $mine[$header] | Should -Match "-Format '$Format'"
        $mine.Count | Should -Be $theirs.Count
        for ($i = 0; $i -lt $mine.Count; $i++) { if ($i -ne $header) { $mine[$i] | Should -BeExactly $theirs[$i] } }
    }

    It 'writes a file relative to the current location, whole, and -NoClobber keeps one that exists' {
        $folder = New-TestFolder
        Push-Location $folder
        try {
            Export-ExchangePortFirewallRule @Edge -Format Nftables -Path edge.nft
            Get-Content edge.nft -Raw | Should -Match 'table inet exchange_ports_edge_in'
            Set-Content edge.nft 'keep me'
            { Export-ExchangePortFirewallRule @Edge -Path edge.nft -NoClobber -ErrorAction Stop } | Should -Throw -ErrorId 'NoClobber,PSExchangePorts.Commands.ExportExchangePortFirewallRuleCommand'
            Get-Content edge.nft -Raw | Should -Be "keep me$([Environment]::NewLine)"
            Get-ChildItem -Force -Name | Should -Be @('edge.nft')
        }
        finally { Pop-Location }
    }

    It 'refuses to replace <Label>, and leaves it as it was' -ForEach @(
        @{ Label = 'a FIFO'; Make = { param($p) mkfifo $p } }
        @{ Label = 'a device node'; Make = { param($p) mknod $p c 1 3 } }
        @{ Label = 'a file with another hard link'; Make = { param($p) Set-Content $p 'keep'; ln $p "$p.other" } }
        @{ Label = 'a folder'; Make = { param($p) New-Item -ItemType Directory $p | Out-Null } }
    ) {
        $folder = New-TestFolder
        $path = Join-Path $folder 'target'
        & $Make $path
        $before = (Get-Item $path -Force).Mode
        { Export-ExchangePortFirewallRule @Edge -Path $path -ErrorAction Stop } | Should -Throw
        (Get-Item $path -Force).Mode | Should -Be $before
        @(Get-ChildItem -Force $folder -Name | Where-Object { $_ -like '.*' }) | Should -HaveCount 0
    }

    It 'keeps the permissions and owner of the file it replaces' {
        $folder = New-TestFolder
        $path = Join-Path $folder 'edge.ps1'
        Set-Content $path 'old'
        chmod 640 $path
        chown nobody $path
        Export-ExchangePortFirewallRule @Edge -Path $path
        (stat -c '%a %U' $path) | Should -Be '640 nobody'
        Get-Content $path -Raw | Should -Match 'New-NetFirewallRule'
    }

    It 'refuses to replace a catalog it reads, and names -CatalogPath for a catalog that is not there' {
        $folder = New-TestFolder
        $catalog = Join-Path $folder 'lab.ports.csv'
        Set-Content $catalog "name,port,transport,from,to,fromRoles,toRoles`nSmtp,25,tcp,Internet,Edge,Internet,Edge" -Encoding utf8NoBOM
        $record = $null
        try { Export-ExchangePortFirewallRule -Role Edge -AllowAny -CatalogPath $catalog -Path $catalog -ErrorAction Stop } catch { $record = $_ }
        $record.Exception.Message | Should -BeLike '*is a catalog this command reads*'
        Get-Content $catalog -Raw | Should -Match '^name,port'
        $record = $null
        try { Export-ExchangePortFirewallRule -Role Edge -AllowAny -CatalogPath (Join-Path $folder 'none.csv') -ErrorAction Stop } catch { $record = $_ }
        $record.Exception.Message | Should -BeLike '-CatalogPath: *names no catalog file*'
    }

    It 'refuses a file in a folder that does not exist, before any work' {
        $record = $null
        try { Export-ExchangePortFirewallRule @Edge -Path (Join-Path (New-TestFolder) 'no/such/edge.ps1') -ErrorAction Stop } catch { $record = $_ }
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Get-ExchangePortDiagram' {
    It 'draws what exchange-ports diagram draws in <Format>' -ForEach @(@{ Format = 'Mermaid'; Version = '2016' }, @{ Format = 'Dot'; Version = '2007' }) {
        Get-ExchangePortDiagram -Format $Format -Version $Version | Should -BeExactly ((Invoke-ExchangePortsTool diagram --format $Format.ToLowerInvariant() --exchange $Version) + "`n")
    }
}
