using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace PortCatalog.Probing;

/// <summary>
/// Makes a socket for a probe. A socket that cannot be made is a result, never an exception: an address family the
/// machine lacks is an error verdict. The process running out of descriptors (other threads, another probe) is
/// not a verdict on the port: the probe waits for one to be freed, until its timeout.
/// </summary>
internal static class SocketSlot
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// The socket, or why there is none; false only when the process has no descriptor left, and then
    /// <see cref="WaitAsync"/> waits for one (kept apart so that the usual case allocates no task).
    /// </summary>
    public static bool TryOpen<T>(Func<T> open, out T? socket, out string problem)
        where T : class
    {
        try
        {
            (socket, problem) = (open(), string.Empty);
            return true;
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.TooManyOpenSockets)
        {
            (socket, problem) = (null, exception.Message);
            return false;
        }
        catch (SocketException exception)
        {
            (socket, problem) = (null, exception.Message);
            return true;
        }
    }

    /// <summary>Tries again every few milliseconds until a descriptor is free or the timeout has passed.</summary>
    public static async Task<(T? Socket, string Problem)> WaitAsync<T>(Func<T> open, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        string problem;
        T? socket;
        for (var waited = TimeSpan.Zero; ; waited += Pause)
        {
            await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
            if (TryOpen(open, out socket, out problem) || waited >= timeout)
            {
                return (socket, problem);
            }
        }
    }
}
