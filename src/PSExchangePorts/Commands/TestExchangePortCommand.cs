using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ExchangePorts.Operations.Entries;
using ExchangePorts.Operations.Errors;
using ExchangePorts.Operations.Files;
using ExchangePorts.Operations.Planning;
using PortCatalog;
using PortCatalog.Probing;

namespace PSExchangePorts.Commands;

/// <summary>
/// <c>Test-ExchangePort</c>: probes the paths into each computer's role with <c>exchange-ports probe</c>'s verdicts,
/// results streamed as they come. Fed by <c>Get-ExchangeServer</c>, each server is probed with the catalog of its own
/// build (<c>AdminDisplayVersion</c>) and the paths into its own roles (<c>ServerRole</c>); every computer of one run
/// shares one budget of <c>-ThrottleLimit</c> ports at a time. A computer that cannot be probed (an unknown role, a
/// build no catalog covers) is an error of its own; the others are probed.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "ExchangePort")]
[OutputType(typeof(ExchangePortProbeResult))]
public sealed class TestExchangePortCommand : ExchangePortsCmdlet
{
    private readonly Dictionary<string, CatalogSet> _catalogs = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(ProbePlan Plan, string Role)> _requests = [];
    private List<string> _paths = [];
    private CancellationTokenSource? _stop;

    /// <summary>The computers to probe: names or IP addresses; from the pipeline, a server's Fqdn or Name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Fqdn", "Name", "CN")]
    [ValidateNotNullOrEmpty]
    public string[] ComputerName { get; set; } = [];

    /// <summary>The computers' role (Edge, Mailbox; several as Exchange writes them: Mailbox, ClientAccess); from the pipeline, ServerRole.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ServerRole")]
    public string? Role { get; set; }

    /// <summary>The catalog: 2007 to 2019 or SE, or an Exchange build (Version 15.2 (Build 1544.4)); from the pipeline, AdminDisplayVersion.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("AdminDisplayVersion")]
    [ArgumentCompleter(typeof(VersionCompleter))]
    public string[]? Version { get; set; }

    /// <summary>Catalog files (CSV or JSON) to read, besides or instead of the shipped ones.</summary>
    [Parameter]
    [Alias("CatalogPath")]
    public string[]? Path { get; set; }

    /// <summary>The role of the computer the probe runs on: only the paths from it are probed.</summary>
    [Parameter]
    public string? From { get; set; }

    /// <summary>How long one port may take before it is filtered, in seconds.</summary>
    [Parameter]
    [ValidateRange(1, 600)]
    public int TimeoutSec { get; set; } = 2;

    /// <summary>How many ports are probed at once, across all computers.</summary>
    [Parameter]
    [ValidateRange(1, 4096)]
    public int ThrottleLimit { get; set; } = 64;

    /// <summary>On an open port, check that the service answers as the entry says (SMTP 220, TLS).</summary>
    [Parameter]
    public SwitchParameter Banner { get; set; }

    /// <summary>Probe every port of a range entry (RPC 49152-65535) instead of reporting it not probed.</summary>
    [Parameter]
    public SwitchParameter SweepRanges { get; set; }

    private protected override void Begin() => _paths = CatalogParameters.Paths(this, Path);

    private protected override void Process()
    {
        // Each computer on its own: one that cannot be probed does not stop the others.
        foreach (var computer in ComputerName)
        {
            try
            {
                var versions = CatalogParameters.Versions(Version);
                var key = string.Join(";", versions);
                if (!_catalogs.TryGetValue(key, out var set))
                {
                    _catalogs.Add(key, set = CatalogParameters.Load(this, versions, _paths));
                }

                var roles = Role is null ? [] : ExchangeServerRoles.Keys(Role, set.Roles);
                if (Role is not null && roles.Count == 0)
                {
                    roles = [Role.Trim()];
                }

                var plan = ProbePlanner.Plan(set, [computer], null, roles, From, ParameterNames.PowerShell);
                _requests.Add((plan, string.Join(", ", roles)));
            }
            catch (OperationsException exception)
            {
                WriteError(ErrorRecords.From(exception, ErrorId, computer));
            }
        }
    }

    private protected override void End()
    {
        if (_requests.Count == 0)
        {
            return;
        }

        var entryOf = new Dictionary<PortDefinition, (PortEntry Entry, string Role)>(ReferenceEquality.Instance);
        var targets = new List<ProbeTarget>();
        foreach (var (plan, role) in _requests)
        {
            targets.AddRange(plan.Targets);
            foreach (var definition in plan.Targets.SelectMany(t => t.Entries))
            {
                if (!entryOf.ContainsKey(definition))
                {
                    entryOf.Add(definition, (plan.EntryOf(definition), role));
                }
            }
        }

        int parallelism;
        try
        {
            // Never more sockets than the open-file limit leaves: past it the process itself would fail.
            parallelism = Math.Min(ThrottleLimit, DescriptorLimit.Free() ?? int.MaxValue);
        }
        catch (System.IO.IOException exception)
        {
            throw new CmdletFailure(new ErrorRecord(exception, "DescriptorLimit", ErrorCategory.ResourceUnavailable, ThrottleLimit));
        }

        var options = new PortProbeOptions
        {
            Timeout = TimeSpan.FromSeconds(TimeoutSec),
            Parallelism = parallelism,
            CheckService = Banner,
            SweepRanges = SweepRanges,
        };
        using var stop = _stop = new CancellationTokenSource();

        // Results come from the probe's threads; a cmdlet writes only from its own, so they queue here.
        var found = new BlockingCollection<PortProbeResult>();
        var probe = PortProbe.ProbeAsync(targets, options, stop.Token, result =>
        {
            try
            {
                found.Add(result);
            }
            catch (InvalidOperationException)
            {
                // A result after the probe ended, stopped: it was not asked for any more.
            }
        });
        probe.ContinueWith(_ => found.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        foreach (var result in found.GetConsumingEnumerable())
        {
            var (entry, role) = entryOf[result.Entry];
            WriteObject(new ExchangePortProbeResult(result, result.Entries.Select(e => entryOf[e].Entry.FullName).ToArray(), entry.Catalog, role));
        }

        try
        {
            probe.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped (Ctrl+C): what was found has been written.
        }
    }

    protected override void StopProcessing()
    {
        try
        {
            _stop?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The probe had already ended.
        }
    }

    private sealed class ReferenceEquality : IEqualityComparer<PortDefinition>
    {
        public static readonly ReferenceEquality Instance = new();

        public bool Equals(PortDefinition? x, PortDefinition? y) => ReferenceEquals(x, y);

        public int GetHashCode(PortDefinition obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
