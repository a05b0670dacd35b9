using System;
using System.IO;
using System.Management.Automation;
using ExchangePorts.Operations.Errors;

namespace PSExchangePorts.Commands;

/// <summary>The module's errors as PowerShell's error records: a clear message, an id and the category a script can test.</summary>
internal static class ErrorRecords
{
    /// <summary>The library's refusal: bad input is <see cref="ErrorCategory.InvalidArgument"/>, an output that cannot be written <see cref="ErrorCategory.WriteError"/>.</summary>
    public static ErrorRecord From(OperationsException exception, string errorId, object? target) =>
        exception.Failure == OperationsFailure.CannotWrite
            ? new ErrorRecord(new IOException(exception.Message, exception), errorId, ErrorCategory.WriteError, target)
            : new ErrorRecord(new ArgumentException(exception.Message, exception), errorId, ErrorCategory.InvalidArgument, target);

    public static ErrorRecord InvalidArgument(string message, string errorId, object? target) =>
        new(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target);

    public static ErrorRecord NotFound(string message, string errorId, object? target) =>
        new(new ItemNotFoundException(message), errorId, ErrorCategory.ObjectNotFound, target);
}
