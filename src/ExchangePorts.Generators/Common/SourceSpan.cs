using System;
using System.Globalization;

namespace ExchangePorts.Generators.Common;

/// <summary>
/// A range of a catalog's text: where it starts and how long it is, in characters. What a diagnostic points at; the
/// compiler's <c>TextSpan</c> is made from it only where a diagnostic meets Roslyn (so the catalog reader builds
/// without Roslyn, in the operations library too).
/// </summary>
internal readonly struct SourceSpan : IEquatable<SourceSpan>
{
    public SourceSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);

    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);

    public bool Equals(SourceSpan other) => Start == other.Start && Length == other.Length;

    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    public override int GetHashCode() => (Start * 31) + Length;

    public override string ToString() => "[" + Start.ToString(CultureInfo.InvariantCulture) + ".." + End.ToString(CultureInfo.InvariantCulture) + ")";
}
