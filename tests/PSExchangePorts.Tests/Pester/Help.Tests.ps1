# Get-Help -Full for every cmdlet: a synopsis, a description, every parameter described with the attributes the
# cmdlet declares, and at least two examples.

BeforeDiscovery {
    Import-Module PSExchangePorts -Force
    $cmdlets = (Get-Command -Module PSExchangePorts).Name | ForEach-Object { @{ Name = $_ } }
}

BeforeAll {
    Import-Module PSExchangePorts -Force
    $common = [System.Management.Automation.Internal.CommonParameters].GetProperties().Name + @('WhatIf', 'Confirm')
}

Describe 'Help of <Name>' -ForEach $cmdlets {
    BeforeAll {
        $help = Get-Help $Name -Full
        $command = Get-Command $Name
    }

    It 'has a synopsis and a description of its own' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match "^\s*$Name "
        ($help.Description.Text -join ' ').Length | Should -BeGreaterThan 100
    }

    It 'describes every parameter, with the attributes the cmdlet declares' {
        $parameters = $command.Parameters.Values | Where-Object Name -notin $common
        foreach ($parameter in $parameters) {
            $entry = $help.Parameters.Parameter | Where-Object Name -eq $parameter.Name
            $entry | Should -Not -BeNullOrEmpty -Because "$($parameter.Name) needs help"
            ($entry.Description.Text -join ' ').Length | Should -BeGreaterThan 20 -Because $parameter.Name
            $sets = $parameter.ParameterSets.Values
            $required = -not ($sets.IsMandatory -contains $false)
            $entry.Required | Should -Be $required.ToString().ToLowerInvariant() -Because "$($parameter.Name) Required"
            $position = ($sets | ForEach-Object Position | Select-Object -First 1)
            $entry.Position | Should -Be ($(if ($position -lt 0) { 'named' } else { [string]$position })) -Because "$($parameter.Name) Position"
            $byValue = [bool]($sets.ValueFromPipeline -contains $true)
            $byName = [bool]($sets.ValueFromPipelineByPropertyName -contains $true)
            ($entry.PipelineInput -match 'ByValue') | Should -Be $byValue -Because "$($parameter.Name) ByValue"
            ($entry.PipelineInput -match 'ByPropertyName') | Should -Be $byName -Because "$($parameter.Name) ByPropertyName"
            $aliases = if ($parameter.Aliases.Count) { $parameter.Aliases -join ',' } else { 'none' }
            $entry.Aliases | Should -Be $aliases -Because "$($parameter.Name) Aliases"
        }
        @($help.Parameters.Parameter | Where-Object Name -notin $common | Where-Object { $_.Name -notin $command.Parameters.Keys }) | Should -BeNullOrEmpty -Because 'help describes only parameters the cmdlet has'
    }

    It 'has at least two examples, each with code and what it does' {
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        foreach ($example in $help.Examples.Example) {
            $example.Code | Should -Match $Name
            ($example.Remarks.Text -join ' ').Length | Should -BeGreaterThan 20
        }
    }
}
