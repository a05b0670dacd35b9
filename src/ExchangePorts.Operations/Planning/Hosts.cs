using System;
using System.Linq;
using System.Net;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Operations.Planning;

/// <summary>A host to probe as a command line or a topology names it: a host name (letters, digits, '-', '.') or an IP address.</summary>
internal static class Hosts
{
    /// <summary>Why a value is not a host name or an IP address; null when it is one.</summary>
    public static string? Problem(string host)
    {
        var trimmed = host.Trim();
        if (IPAddress.TryParse(trimmed.Trim('[', ']'), out _))
        {
            return null;
        }

        var valid = trimmed.Length is > 0 and <= 253 && trimmed.Split('.').All(label =>
            label.Length is > 0 and <= 63 && label[0] != '-' && label[label.Length - 1] != '-' && label.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'));
        return valid ? null : "'" + host + "' is not a host name or an IP address.";
    }

    /// <summary>
    /// A host as the probe takes it, one spelling per host: a name trimmed, an address in its canonical form
    /// (<c>127.1</c> and <c>2130706433</c> are <c>127.0.0.1</c>, <c>[0:0::1]</c> is <c>::1</c>), so a host named twice is probed once.
    /// </summary>
    /// <param name="option">Where the host was given, for the message: <c>--host</c>.</param>
    /// <exception cref="OperationsException">It is not a host name or an IP address.</exception>
    public static string Canonical(string host, string option)
    {
        if (Problem(host) is { } problem)
        {
            throw new OperationsException(option + ": " + problem);
        }

        var trimmed = host.Trim();
        return IPAddress.TryParse(trimmed.Trim('[', ']'), out var address) ? address.ToString() : trimmed;
    }

    /// <summary>Host names are the same whatever their case (DNS); addresses are canonical already.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;
}
