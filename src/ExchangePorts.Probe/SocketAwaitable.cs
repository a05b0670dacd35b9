using System;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace PortCatalog.Probing;

/// <summary>
/// Awaits a <see cref="SocketAsyncEventArgs"/> operation again and again without a task per operation (the pattern of
/// .NET's own "awaiting socket operations"): <see cref="Reset"/> before each operation, then await it when it did not
/// complete at once.
/// </summary>
internal sealed class SocketAwaitable : ICriticalNotifyCompletion
{
    // Stands for "completed before anyone waited".
    private static readonly Action Completed = () => { };
    private Action? continuation;

    public SocketAwaitable(SocketAsyncEventArgs args) =>
        args.Completed += (_, _) => (continuation ?? Interlocked.CompareExchange(ref continuation, Completed, null))?.Invoke();

    public bool IsCompleted => ReferenceEquals(continuation, Completed);

    public void Reset() => continuation = null;

    public SocketAwaitable GetAwaiter() => this;

    public void GetResult()
    {
    }

    public void OnCompleted(Action next) => UnsafeOnCompleted(next);

    public void UnsafeOnCompleted(Action next)
    {
        // Completed between the check and now: go on, but not on this stack.
        if (ReferenceEquals(continuation, Completed) || ReferenceEquals(Interlocked.CompareExchange(ref continuation, next, null), Completed))
        {
            Task.Run(next);
        }
    }
}
