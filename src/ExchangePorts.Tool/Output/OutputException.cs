using System;

namespace ExchangePorts.Tool.Output;

/// <summary>The result could not be written (a full disk, a closed pipe): one line on standard error, exit code 3.</summary>
internal sealed class OutputException(string message) : Exception(message);
