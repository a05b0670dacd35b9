using System;
using System.Threading;

namespace PortCatalog.Probing;

/// <summary>
/// The deadline of one socket operation: when the timeout passes or the token is cancelled, the socket is
/// disposed, which ends its pending operation. One timer per operation and no extra tasks, as the socket calls
/// of netstandard2.0 take no cancellation token.
/// </summary>
internal sealed class SocketDeadline : IDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly CancellationTokenRegistration registration;

    public SocketDeadline(IDisposable socket, TimeSpan timeout, CancellationToken cancellationToken)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        registration = stop.Token.Register(static s => ((IDisposable)s!).Dispose(), socket);
        stop.CancelAfter(timeout);
    }

    /// <summary>True once the timeout passed or the token was cancelled (and the socket was disposed).</summary>
    public bool Passed => stop.IsCancellationRequested;

    public void Dispose()
    {
        registration.Dispose();
        stop.Dispose();
    }
}
