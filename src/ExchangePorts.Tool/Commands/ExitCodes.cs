namespace ExchangePorts.Tool.Commands;

/// <summary>What the exit code of a command means; the same in every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran, and what was asked for is not there (<c>find</c> found nothing, a probed port is not open).</summary>
    public const int NotFound = 1;

    /// <summary>Bad input: an unknown option or value, a missing or broken catalog, an address that is not one.</summary>
    public const int BadInput = 2;

    /// <summary>The result could not be written: a full disk, a closed pipe. Nothing was half written.</summary>
    public const int CannotWrite = 3;

    /// <summary>The system refused something the command needs: too many open files, no memory, no terminal.</summary>
    public const int SystemFailure = 4;
}
