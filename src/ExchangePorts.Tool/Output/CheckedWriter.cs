using System;
using System.IO;
using System.Text;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Tool.Output;

/// <summary>
/// Standard output as every writer sees it, System.CommandLine's help included: a write the system refuses (a full
/// disk, a closed pipe) becomes <see cref="OperationsFailure.CannotWrite"/>, one line and exit code 3, wherever it
/// happens.
/// </summary>
internal sealed class CheckedWriter(TextWriter inner) : TextWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => Do(() => inner.Write(value));

    public override void Write(string? value) => Do(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Do(() => inner.Write(buffer, index, count));

    public override void WriteLine() => Do(inner.WriteLine);

    public override void WriteLine(string? value) => Do(() => inner.WriteLine(value));

    public override void Flush() => Do(inner.Flush);

    private static void Do(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw new OperationsException("standard output cannot be written: " + exception.Message, OperationsFailure.CannotWrite);
        }
    }
}
