using System;
using System.Linq;
using System.Net;
using ExchangePorts.Operations.Errors;

namespace ExchangePorts.Operations.Planning;

/// <summary>A host to probe as a command line or a topology names it: a host name (letters, digits, '-', '.') or an IP address.</summary>
internal static class Hosts
{
    /// <summary>
    /// Why a value is not a host name or an IP address in its canonical form; null when it is one. The resolver
    /// reads <c>127.1</c>, <c>2130706433</c> and <c>0x7f.1</c> as 127.0.0.1, so an address written any other way, or
    /// a name whose last label is a number (no top-level domain is), is refused rather than probed as another host.
    /// </summary>
    public static string? Problem(string host)
    {
        var trimmed = host.Trim();
        var bare = trimmed.StartsWith("[", StringComparison.Ordinal) && trimmed.EndsWith("]", StringComparison.Ordinal) ? trimmed.Substring(1, trimmed.Length - 2) : trimmed;
        if (IPAddress.TryParse(bare, out var address))
        {
            var canonical = address.ToString();
            return string.Equals(canonical, bare, StringComparison.OrdinalIgnoreCase) ? null : "'" + host + "' is an IP address written in another form than its own; write " + canonical + ".";
        }

        var labels = trimmed.Split('.');
        var valid = trimmed.Length is > 0 and <= 253 && labels.All(label =>
            label.Length is > 0 and <= 63 && label[0] != '-' && label[label.Length - 1] != '-' && label.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'));
        return valid && !IsNumber(labels[labels.Length - 1]) ? null : "'" + host + "' is not a host name or an IP address.";
    }

    // Decimal, or hexadecimal with 0x: what the resolver takes as part of an address.
    private static bool IsNumber(string label) =>
        label.All(c => c is >= '0' and <= '9') ||
        (label.Length > 2 && label[0] == '0' && label[1] is 'x' or 'X' && label.Skip(2).All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F')));

    /// <summary>
    /// A host as the probe takes it, one spelling per host: a name trimmed, an address without brackets
    /// (<c>[::1]</c> is <c>::1</c>), so a host named twice is probed once.
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
