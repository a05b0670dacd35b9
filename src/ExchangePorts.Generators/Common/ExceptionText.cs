using System;

namespace ExchangePorts.Generators.Common;

/// <summary>An exception as one line of a diagnostic message: a generator or analyzer bug is reported, never thrown at the compiler.</summary>
internal static class ExceptionText
{
    public static string Describe(Exception exception) =>
        (exception.GetType().Name + ": " + exception.Message).Replace('\r', ' ').Replace('\n', ' ');
}
