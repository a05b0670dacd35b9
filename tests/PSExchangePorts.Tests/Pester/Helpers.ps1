# Shared by the Pester files: the command line to compare with, and the module as installed.

function Invoke-ExchangePortsTool {
    # exchange-ports, built beside the tests; its standard output, with the exit code in $LASTEXITCODE.
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    $output = & dotnet $env:EXCHANGEPORTS_TOOL @Arguments 2>$null
    $output -join "`n"
}

function Get-ErrorText {
    # Everything PowerShell shows for an error record: what an admin reads.
    param([System.Management.Automation.ErrorRecord] $Record)
    ($Record | Out-String -Width 300) + $Record.Exception.Message
}

function New-TestFolder {
    $folder = Join-Path ([System.IO.Path]::GetTempPath()) ('psexchangeports-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
    New-Item -ItemType Directory -Path $folder | Select-Object -ExpandProperty FullName
}
