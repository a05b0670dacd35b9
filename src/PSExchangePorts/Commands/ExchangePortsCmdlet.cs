using System;
using System.Management.Automation;
using ExchangePorts.Operations.Errors;

namespace PSExchangePorts.Commands;

/// <summary>
/// The module's cmdlets: a refusal of the operations library where nothing can go on (a catalog with errors, an
/// unknown role) ends the cmdlet with one error record of the right category, never a .NET exception's dump.
/// </summary>
public abstract class ExchangePortsCmdlet : PSCmdlet
{
    /// <summary>The error id of the cmdlet's refusals: <c>GetExchangePort</c>.</summary>
    private protected string ErrorId => GetType().Name.Replace("Command", string.Empty);

    protected sealed override void BeginProcessing() => Guard(Begin);

    protected sealed override void ProcessRecord() => Guard(Process);

    protected sealed override void EndProcessing() => Guard(End);

    private protected virtual void Begin()
    {
    }

    private protected virtual void Process()
    {
    }

    private protected virtual void End()
    {
    }

    private void Guard(Action step)
    {
        try
        {
            step();
        }
        catch (OperationsException exception)
        {
            ThrowTerminatingError(ErrorRecords.From(exception, ErrorId, null));
        }
        catch (CmdletFailure failure)
        {
            ThrowTerminatingError(failure.Record);
        }
    }
}
