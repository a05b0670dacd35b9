using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PortCatalog.Probing;

namespace ExchangePorts.Tool.Output;

/// <summary>Runs a probe, showing its progress live on a terminal's standard error; results go to the caller.</summary>
internal static class ProbeRunner
{
    /// <summary>Probes the targets within one budget of sockets (the options' parallelism); results host by host.</summary>
    public static IReadOnlyList<PortProbeResult> Run(
        IReadOnlyList<ProbeTarget> targets,
        PortProbeOptions options,
        Func<PortCatalog.PortDefinition, string> nameOf,
        CancellationToken cancellationToken,
        Action<PortProbeResult> onResult,
        ToolConsole console)
    {
        Task<IReadOnlyList<PortProbeResult>> ProbeAllAsync(Action<PortProbeResult> report) =>
            PortProbe.ProbeAsync(targets, options, cancellationToken, report);

        if (console.IsPlain || !console.ErrorIsTerminal)
        {
            return ProbeAllAsync(onResult).GetAwaiter().GetResult();
        }

        return LiveProbeTable.Run(console.ErrorTerminal(), PortProbe.ResultCount(targets, options), nameOf, report => ProbeAllAsync(result =>
        {
            onResult(result);
            report(result);
        }));
    }
}
