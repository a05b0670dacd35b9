using System;

namespace PortCatalog.Probing;

/// <summary>How <see cref="PortProbe"/> probes.</summary>
public sealed class PortProbeOptions
{
    /// <summary>How long one port may take before it is <see cref="PortVerdict.Filtered"/>. Default 2 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many ports are probed at once. Default 64.</summary>
    public int Parallelism { get; set; } = 64;

    /// <summary>Probe every port of a range entry (RPC 49152-65535) instead of reporting it not probed. Default false.</summary>
    public bool SweepRanges { get; set; }

    /// <summary>
    /// On an open port, check that the service answers as the entry says (SMTP 220, POP3 +OK, IMAP * OK, a TLS
    /// handshake for a service over SSL or TLS): <see cref="PortProbeResult.ServiceAnswered"/>. Default false.
    /// </summary>
    public bool CheckService { get; set; }
}
