using System;
using System.Collections.Generic;

namespace ExchangePorts.Operations.Errors;

/// <summary>What went wrong, for a front end to say and to map to its own codes.</summary>
public enum OperationsFailure
{
    /// <summary>Bad input: an unknown value, a catalog with errors, a path that is not a file, an address that is not one.</summary>
    BadInput,

    /// <summary>The result could not be written: a full disk, a closed pipe. Nothing was half written.</summary>
    CannotWrite,
}

/// <summary>
/// The operations library's one exception: lines to show as they are (a catalog's build lines, one message), and
/// what kind of failure it is. Front ends turn it into their own (exit codes, error records).
/// </summary>
public sealed class OperationsException : Exception
{
    public OperationsException(string message, OperationsFailure failure = OperationsFailure.BadInput)
        : this([message], failure)
    {
    }

    public OperationsException(IReadOnlyList<string> lines, OperationsFailure failure = OperationsFailure.BadInput)
        : base(string.Join(Environment.NewLine, lines))
    {
        Lines = lines;
        Failure = failure;
    }

    public IReadOnlyList<string> Lines { get; }

    public OperationsFailure Failure { get; }
}
