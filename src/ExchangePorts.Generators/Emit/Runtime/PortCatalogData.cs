namespace PortCatalog
{
    /// <summary>
    /// Infrastructure of the generated port catalogs, not for direct use: the entries of one generated catalog
    /// class, decoded once from the compact text the generator writes (a string literal costs the compiler far
    /// less than one expression per entry), with the lookups the class exposes. Format: tokens end in a comma;
    /// a number is its digits, a string is <c>length:characters</c>; then the version, the strings, per entry
    /// one number per constructor parameter of <see cref="global::PortCatalog.PortDefinition"/> (a string by
    /// its index), and the other written names of entries (entry and string indexes).
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    internal sealed partial class PortCatalogData
    {
        private const int FormatVersion = /*FormatVersion*/0;

        private const int FieldsPerEntry = /*FieldsPerEntry*/0;

        private const int MaxNamesPerLengthHashedByLength = 4;

        private static readonly global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition> s_none =
            global::System.Array.AsReadOnly(new global::PortCatalog.PortDefinition[0]);

        private readonly global::PortCatalog.PortDefinition[] _entries;
        private readonly global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition>[] _groups;

        // Find: the distinct single ports ascending, searched by bisection, and each one's entries followed
        // by the ranges that contain it.
        private readonly int[] _ports;
        private readonly global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition>[] _byPort;

        // Find, between single ports: the ranges cut the port numbers into segments, each with the same
        // ranges; segment s starts at _segmentStarts[s] and holds the ranges _bySegment[s].
        private readonly int[] _segmentStarts;
        private readonly global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition>[] _bySegment;

        // TryGet: a hash table over the qualified names, laid out bucket after bucket so a lookup reads
        // neighbouring slots: bucket b holds slots _bucketStarts[b] to _bucketStarts[b + 1] - 1.
        private readonly int[] _bucketStarts;
        private readonly Slot[] _slots;
        private readonly int _shortestName;
        private readonly int _longestName;
        private readonly bool _hashLengthOnly;

        /// <summary>
        /// Decodes the entries of a catalog class from its assembly attribute; the class does it once, on first
        /// use of a lookup. The text is not a string literal in the class: in the attribute it is stored once,
        /// and outside the 16 MB that all string literals of a program may total (CS8103).
        /// </summary>
        public PortCatalogData(global::System.Type catalog)
            : this(DataOf(catalog))
        {
        }

        private PortCatalogData(string text)
        {
            var reader = new Reader(text);
            if (reader.ReadNumber() != FormatVersion)
            {
                throw new global::System.InvalidOperationException("The port catalog data is of another format version; rebuild the project.");
            }

            var strings = new string[reader.ReadNumber()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            _entries = new global::PortCatalog.PortDefinition[reader.ReadNumber()];
            var groupOf = new int[_entries.Length];
            var groupCount = 0;
            var f = new int[FieldsPerEntry];
            for (var i = 0; i < _entries.Length; i++)
            {
                for (var j = 0; j < FieldsPerEntry; j++)
                {
                    f[j] = reader.ReadNumber();
                }

                groupOf[i] = f[0];
                groupCount = global::System.Math.Max(groupCount, f[0] + 1);
                _entries[i] = new global::PortCatalog.PortDefinition(/*EntryArguments*/);
            }

            All = global::System.Array.AsReadOnly(_entries);
            var groupSizes = new int[groupCount];
            foreach (var group in groupOf)
            {
                groupSizes[group]++;
            }

            _groups = Partition(groupOf, groupSizes);

            // Ranges: every first port and every port after a last one starts a segment of the same ranges.
            var ranges = new global::System.Collections.Generic.List<global::PortCatalog.PortDefinition>();
            var starts = new global::System.Collections.Generic.SortedSet<int>();
            foreach (var entry in _entries)
            {
                if (entry.IsRange)
                {
                    ranges.Add(entry);
                    starts.Add(entry.Port);
                    starts.Add(entry.LastPort + 1);
                }
            }

            _segmentStarts = new int[starts.Count];
            starts.CopyTo(_segmentStarts);
            _bySegment = new global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition>[_segmentStarts.Length];
            for (var s = 0; s < _segmentStarts.Length; s++)
            {
                _bySegment[s] = Containing(ranges, _segmentStarts[s], null);
            }

            // Single ports: sort the entry indexes by port (stable, so each port keeps catalog order), then cut.
            var singles = new global::System.Collections.Generic.List<int>();
            for (var i = 0; i < _entries.Length; i++)
            {
                if (!_entries[i].IsRange)
                {
                    singles.Add(i);
                }
            }

            var byPort = singles.ToArray();
            var portKeys = new long[byPort.Length];
            for (var i = 0; i < byPort.Length; i++)
            {
                portKeys[i] = ((long)_entries[byPort[i]].Port * _entries.Length) + byPort[i];
            }

            global::System.Array.Sort(portKeys, byPort);
            var ports = new global::System.Collections.Generic.List<int>();
            var exact = new global::System.Collections.Generic.List<global::System.Collections.Generic.List<global::PortCatalog.PortDefinition>>();
            foreach (var index in byPort)
            {
                var port = _entries[index].Port;
                if (ports.Count == 0 || ports[ports.Count - 1] != port)
                {
                    ports.Add(port);
                    exact.Add(new global::System.Collections.Generic.List<global::PortCatalog.PortDefinition>());
                }

                exact[exact.Count - 1].Add(_entries[index]);
            }

            _ports = ports.ToArray();
            _byPort = new global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition>[_ports.Length];
            for (var p = 0; p < _ports.Length; p++)
            {
                _byPort[p] = ranges.Count == 0
                    ? global::System.Array.AsReadOnly(exact[p].ToArray())
                    : Containing(ranges, _ports[p], exact[p]);
            }

            // TryGet: every qualified name, then every name as the catalog writes it where that differs (a
            // registry's ms-sql-s beside MsSqlS); the C# names go first, so one of them always wins.
            var names = new global::System.Collections.Generic.List<string>(_entries.Length);
            var named = new global::System.Collections.Generic.List<global::PortCatalog.PortDefinition>(_entries.Length);
            foreach (var entry in _entries)
            {
                names.Add(entry.QualifiedName);
                named.Add(entry);
            }

            foreach (var entry in _entries)
            {
                AddWrittenName(names, named, entry, entry.WrittenName);
            }

            // Rows merged into one entry (z39-50 and z39.50) keep each written name.
            var otherNames = reader.ReadNumber();
            for (var i = 0; i < otherNames; i++)
            {
                var entry = _entries[reader.ReadNumber()];
                AddWrittenName(names, named, entry, strings[reader.ReadNumber()]);
            }

            _shortestName = int.MaxValue;
            var namesOfLength = new global::System.Collections.Generic.Dictionary<int, int>();
            foreach (var name in names)
            {
                var length = name.Length;
                _shortestName = global::System.Math.Min(_shortestName, length);
                _longestName = global::System.Math.Max(_longestName, length);
                namesOfLength.TryGetValue(length, out var count);
                namesOfLength[length] = count + 1;
            }

            // With few names of each length (a hand-made catalog), the length alone picks the candidates
            // and no character is read before the comparison; otherwise it hashes four characters as well.
            _hashLengthOnly = true;
            foreach (var count in namesOfLength.Values)
            {
                _hashLengthOnly &= count <= MaxNamesPerLengthHashedByLength;
            }

            // A power of two, and above the longest name so that each length has a bucket of its own.
            var size = 1;
            while (size < names.Count * 2 || size <= _longestName)
            {
                size <<= 1;
            }

            var hashes = new int[names.Count];
            _bucketStarts = new int[size + 1];
            for (var i = 0; i < names.Count; i++)
            {
                hashes[i] = Hash(names[i]);
                _bucketStarts[(hashes[i] & (size - 1)) + 1]++;
            }

            for (var b = 0; b < size; b++)
            {
                _bucketStarts[b + 1] += _bucketStarts[b];
            }

            _slots = new Slot[names.Count];
            var filled = new int[size];
            for (var i = 0; i < names.Count; i++)
            {
                var bucket = hashes[i] & (size - 1);
                _slots[_bucketStarts[bucket] + filled[bucket]++] = new Slot(hashes[i], names[i], named[i]);
            }
        }

        private static void AddWrittenName(
            global::System.Collections.Generic.List<string> names,
            global::System.Collections.Generic.List<global::PortCatalog.PortDefinition> named,
            global::PortCatalog.PortDefinition entry,
            string writtenName)
        {
            var written = entry.Group.Length == 0 ? writtenName : entry.Group + "." + writtenName;
            if (!string.Equals(written, entry.QualifiedName, global::System.StringComparison.OrdinalIgnoreCase))
            {
                names.Add(written);
                named.Add(entry);
            }
        }

        /// <summary>Every entry, in catalog order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition> All { get; }

        /// <summary>The entries of one group (numbered in catalog order), in catalog order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition> Group(int group) => _groups[group];

        /// <summary>
        /// The entries on a port, in catalog order, then the ranges that contain it, in catalog order; empty
        /// when there are none. Allocates nothing.
        /// </summary>
        public global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition> Find(int port)
        {
            var single = LastAtOrBefore(_ports, port);
            if (single >= 0 && _ports[single] == port)
            {
                return _byPort[single];
            }

            var segment = LastAtOrBefore(_segmentStarts, port);
            return segment >= 0 ? _bySegment[segment] : s_none;
        }

        // The index of the last value not above the given one in an ascending array, or -1. By bisection.
        private static int LastAtOrBefore(int[] values, int value)
        {
            var low = 0;
            var high = values.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                if (values[middle] <= value)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return high;
        }

        // The given entries of a port followed by the ranges that contain it, in catalog order.
        private static global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition> Containing(
            global::System.Collections.Generic.List<global::PortCatalog.PortDefinition> ranges,
            int port,
            global::System.Collections.Generic.List<global::PortCatalog.PortDefinition> exact)
        {
            var found = exact ?? new global::System.Collections.Generic.List<global::PortCatalog.PortDefinition>();
            foreach (var range in ranges)
            {
                if (range.Contains(port))
                {
                    found.Add(range);
                }
            }

            return found.Count == 0 ? s_none : global::System.Array.AsReadOnly(found.ToArray());
        }


        private static string DataOf(global::System.Type catalog)
        {
            foreach (var attribute in catalog.Assembly.GetCustomAttributes(typeof(global::PortCatalog.PortCatalogClassAttribute), false))
            {
                if (attribute is global::PortCatalog.PortCatalogClassAttribute registration && registration.Catalog == catalog)
                {
                    return registration.Data;
                }
            }

            throw new global::System.InvalidOperationException("The assembly has no port catalog data for " + catalog.FullName + "; rebuild the project.");
        }

        // Cuts the entries into parts (groups or ports) of the given sizes, each in catalog order.
        private global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition>[] Partition(int[] partOf, int[] sizes)
        {
            var parts = new global::PortCatalog.PortDefinition[sizes.Length][];
            for (var p = 0; p < parts.Length; p++)
            {
                parts[p] = new global::PortCatalog.PortDefinition[sizes[p]];
                sizes[p] = 0;
            }

            for (var i = 0; i < _entries.Length; i++)
            {
                parts[partOf[i]][sizes[partOf[i]]++] = _entries[i];
            }

            var lists = new global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition>[parts.Length];
            for (var p = 0; p < parts.Length; p++)
            {
                lists[p] = global::System.Array.AsReadOnly(parts[p]);
            }

            return lists;
        }
    }
}
