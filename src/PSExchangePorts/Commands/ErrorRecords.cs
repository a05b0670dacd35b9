using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ExchangePorts.Operations.Errors;

namespace PSExchangePorts.Commands;

/// <summary>The module's errors as PowerShell's error records: a clear message, an id and the category a script can test.</summary>
internal static class ErrorRecords
{
    /// <summary>The library's refusal: bad input is <see cref="ErrorCategory.InvalidArgument"/>, an output that cannot be written <see cref="ErrorCategory.WriteError"/>.</summary>
    /// <remarks>Messages carry what the user and the catalogs wrote: made visible, so no escape sequence reaches the terminal.</remarks>
    public static ErrorRecord From(OperationsException exception, string errorId, object? target)
    {
        // Line by line: a catalog's errors are one line each.
        var message = string.Join(Environment.NewLine, exception.Lines.Select(DisplayText.Visible));
        return exception.Failure == OperationsFailure.CannotWrite
            ? new ErrorRecord(new IOException(message, exception), errorId, ErrorCategory.WriteError, target)
            : new ErrorRecord(new ArgumentException(message, exception), errorId, ErrorCategory.InvalidArgument, target);
    }

    public static ErrorRecord InvalidArgument(string message, string errorId, object? target) =>
        new(new ArgumentException(DisplayText.Visible(message)), errorId, ErrorCategory.InvalidArgument, target);

    public static ErrorRecord NotFound(string message, string errorId, object? target) =>
        new(new ItemNotFoundException(DisplayText.Visible(message)), errorId, ErrorCategory.ObjectNotFound, target);
}
