# Runs one Pester file with the Pester module of the Pester package, and ends with one line the C# test reads:
# PESTER passed=N failed=N skipped=N notrun=N. The exit code is the number of tests that did not pass.
param([Parameter(Mandatory)] [string] $Path)

$ErrorActionPreference = 'Stop'
Import-Module $env:EXCHANGEPORTS_PESTER -Force
$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.Output.RenderMode = 'Plaintext'
$result = Invoke-Pester -Configuration $configuration
"PESTER passed=$($result.PassedCount) failed=$($result.FailedCount) skipped=$($result.SkippedCount) notrun=$($result.NotRunCount)"
exit ($result.FailedCount + $result.SkippedCount + $result.NotRunCount)
