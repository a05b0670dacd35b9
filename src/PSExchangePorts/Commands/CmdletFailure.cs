using System;
using System.Management.Automation;

namespace PSExchangePorts.Commands;

/// <summary>Ends a cmdlet with its error record, where nothing can go on (<see cref="ExchangePortsCmdlet"/> throws it as terminating).</summary>
internal sealed class CmdletFailure(ErrorRecord record) : Exception(record.Exception.Message)
{
    public ErrorRecord Record { get; } = record;
}
