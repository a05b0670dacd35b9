using System.Collections.Immutable;
using ExchangePorts.Generators.Model;

namespace ExchangePorts.Generators.Emit;

/// <summary>Which shared types a compilation gets.</summary>
/// <param name="EntryTypes">Null when the entry types come from a reference (or are not needed); else whether they are public.</param>
/// <param name="Plumbing">Whether the internal catalog attribute and decoder are written: whenever there is a catalog.</param>
internal readonly record struct SharedTypesModel(bool? EntryTypes, bool Plumbing, bool NullableAnnotations)
{
    public static SharedTypesModel For(ImmutableArray<bool> catalogVisibilities, EntryTypesInReferences inReferences, bool isRuntimeAssembly, bool nullableAnnotations)
    {
        if (isRuntimeAssembly)
        {
            return new SharedTypesModel(true, !catalogVisibilities.IsEmpty, nullableAnnotations);
        }

        if (catalogVisibilities.IsEmpty)
        {
            return new SharedTypesModel(null, false, nullableAnnotations);
        }

        var anyPublic = catalogVisibilities.Contains(true);
        var reuse = inReferences == EntryTypesInReferences.Public || (inReferences == EntryTypesInReferences.Internal && !anyPublic);
        return new SharedTypesModel(reuse ? null : anyPublic, true, nullableAnnotations);
    }
}
