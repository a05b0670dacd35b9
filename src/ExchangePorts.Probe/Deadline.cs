using System;
using System.Threading;
using System.Threading.Tasks;

namespace PortCatalog.Probing;

/// <summary>A socket operation with a timeout, on netstandard2.0 whose socket calls take no cancellation token.</summary>
internal static class Deadline
{
    /// <summary>
    /// True when <paramref name="operation"/> finished in time. Otherwise disposes <paramref name="socket"/>, which
    /// abandons the operation (its fault is observed), and returns false; throws if the token was cancelled.
    /// </summary>
    public static async Task<bool> WithinAsync(Task operation, TimeSpan timeout, IDisposable socket, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = await Task.WhenAny(operation, Task.Delay(timeout, stop.Token)).ConfigureAwait(false);
        if (finished == operation)
        {
            stop.Cancel();
            return true;
        }

        socket.Dispose();
        _ = operation.ContinueWith(static t => t.Exception, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
        return false;
    }
}
