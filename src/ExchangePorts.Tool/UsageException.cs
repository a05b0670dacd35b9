using System;
using System.Collections.Generic;

namespace ExchangePorts.Tool;

/// <summary>Bad input (a command line, a catalog, an address): its lines go to standard error and the exit code is 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : this([message])
    {
    }

    public UsageException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines)) => Lines = lines;

    public IReadOnlyList<string> Lines { get; }
}
