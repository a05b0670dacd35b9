using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace PortCatalog.Probing;

/// <summary>
/// Keeps the deadlines of a probe's connects: one timer for the whole probe looks at each worker's pending connect a
/// few times a timeout and ends those whose time is up; a cancellation ends them all at once. A connect then costs no
/// timer of its own. A deadline may pass by up to one tick (an eighth of the timeout, 5 to 100 ms).
/// </summary>
internal sealed class DeadlineSweeper : IDisposable
{
    private readonly IReadOnlyList<TcpProbe> probes;
    private readonly Timer timer;
    private readonly CancellationTokenRegistration registration;

    public DeadlineSweeper(IReadOnlyList<TcpProbe> probes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        this.probes = probes;
        var tick = TimeSpan.FromMilliseconds(Math.Max(5, Math.Min(100, timeout.TotalMilliseconds / 8)));
        timer = new Timer(static state => ((DeadlineSweeper)state!).Sweep(cancelled: false), this, tick, tick);
        registration = cancellationToken.Register(static state => ((DeadlineSweeper)state!).Sweep(cancelled: true), this);
    }

    /// <summary>Now, in <see cref="Stopwatch"/> ticks.</summary>
    public static long Now => Stopwatch.GetTimestamp();

    /// <summary>A time span in <see cref="Stopwatch"/> ticks.</summary>
    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    public void Dispose()
    {
        registration.Dispose();
        timer.Dispose();
    }

    private void Sweep(bool cancelled)
    {
        var now = Now;
        foreach (var probe in probes)
        {
            probe.Expire(now, cancelled);
        }
    }
}
