namespace PortCatalog
{
    /// <summary>
    /// The entries of one generated catalog class, decoded once from the compact text the generator
    /// writes (a string literal costs the compiler far less than one expression per entry), with the
    /// lookups the class exposes. Format: tokens end in a comma; a number is its digits, a string is
    /// <c>length:characters</c>; then the version, the strings, and per entry 11 numbers (group, name,
    /// port, transport, from, to, service, security, description, source, notes; strings by index).
    /// </summary>
    internal sealed class PortCatalogData
    {
        private const int FieldsPerEntry = 11;

        private const int MaxNamesPerLengthHashedByLength = 4;

        private static readonly global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition> s_none =
            global::System.Array.AsReadOnly(new global::PortCatalog.PortDefinition[0]);

        private readonly global::PortCatalog.PortDefinition[] _entries;
        private readonly global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition>[] _groups;

        // Find: the distinct ports ascending, searched by bisection, and each port's entries.
        private readonly int[] _ports;
        private readonly global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition>[] _byPort;

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
            if (reader.ReadNumber() != 1)
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
                _entries[i] = new global::PortCatalog.PortDefinition(
                    strings[f[0]], strings[f[1]], f[2], (global::PortCatalog.PortTransport)f[3], strings[f[4]], strings[f[5]],
                    strings[f[6]], strings[f[7]], strings[f[8]], strings[f[9]], strings[f[10]]);
            }

            All = global::System.Array.AsReadOnly(_entries);
            var groupSizes = new int[groupCount];
            foreach (var group in groupOf)
            {
                groupSizes[group]++;
            }

            _groups = Partition(groupOf, groupSizes);

            // Ports: sort the entry indexes by port (stable, so each port keeps catalog order), then cut.
            var byPort = new int[_entries.Length];
            var portKeys = new long[_entries.Length];
            for (var i = 0; i < byPort.Length; i++)
            {
                byPort[i] = i;
                portKeys[i] = ((long)_entries[i].Port * _entries.Length) + i;
            }

            global::System.Array.Sort(portKeys, byPort);
            var ports = new global::System.Collections.Generic.List<int>();
            var portOf = new int[_entries.Length];
            var portSizes = new global::System.Collections.Generic.List<int>();
            foreach (var index in byPort)
            {
                var port = _entries[index].Port;
                if (ports.Count == 0 || ports[ports.Count - 1] != port)
                {
                    ports.Add(port);
                    portSizes.Add(0);
                }

                portOf[index] = ports.Count - 1;
                portSizes[ports.Count - 1]++;
            }

            _ports = ports.ToArray();
            _byPort = Partition(portOf, portSizes.ToArray());

            _shortestName = int.MaxValue;
            var namesOfLength = new global::System.Collections.Generic.Dictionary<int, int>();
            foreach (var entry in _entries)
            {
                var length = entry.QualifiedName.Length;
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
            while (size < _entries.Length * 2 || size <= _longestName)
            {
                size <<= 1;
            }

            var hashes = new int[_entries.Length];
            _bucketStarts = new int[size + 1];
            for (var i = 0; i < _entries.Length; i++)
            {
                hashes[i] = Hash(_entries[i].QualifiedName);
                _bucketStarts[(hashes[i] & (size - 1)) + 1]++;
            }

            for (var b = 0; b < size; b++)
            {
                _bucketStarts[b + 1] += _bucketStarts[b];
            }

            _slots = new Slot[_entries.Length];
            var filled = new int[size];
            for (var i = 0; i < _entries.Length; i++)
            {
                var bucket = hashes[i] & (size - 1);
                _slots[_bucketStarts[bucket] + filled[bucket]++] = new Slot(hashes[i], _entries[i]);
            }
        }

        /// <summary>Every entry, in catalog order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition> All { get; }

        /// <summary>The entries of one group (numbered in catalog order), in catalog order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition> Group(int group) => _groups[group];

        /// <summary>The entries on a port, in catalog order; empty when there are none. Allocates nothing.</summary>
        public global::System.Collections.Generic.IReadOnlyList<global::PortCatalog.PortDefinition> Find(int port)
        {
            var low = 0;
            var high = _ports.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var candidate = _ports[middle];
                if (candidate == port)
                {
                    return _byPort[middle];
                }

                if (candidate < port)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return s_none;
        }

        /// <summary>The entry of a qualified name (<c>Group.Name</c>) ignoring case, or null. Allocates nothing.</summary>
        public global::PortCatalog.PortDefinition Get(string qualifiedName)
        {
            if (qualifiedName == null || qualifiedName.Length < _shortestName || qualifiedName.Length > _longestName)
            {
                return null;
            }

            var hash = Hash(qualifiedName);
            var bucket = hash & (_bucketStarts.Length - 2);
            var slots = _slots;
            for (var i = _bucketStarts[bucket]; i < _bucketStarts[bucket + 1]; i++)
            {
                var slot = slots[i];
                if (slot.Hash == hash && string.Equals(slot.Name, qualifiedName, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return slot.Entry;
                }
            }

            return null;
        }

        // The length and four characters, so a lookup costs the same for any length of name. Case-insensitive
        // for ASCII; every other character counts the same, since under OrdinalIgnoreCase no character outside
        // ASCII equals one inside it: names equal ignoring case hash the same. Names are at least "A.B" long.
        private int Hash(string name)
        {
            unchecked
            {
                var length = name.Length;
                if (_hashLengthOnly)
                {
                    return length;
                }

                var hash = (length ^ (int)2166136261) * 16777619;
                hash = (hash ^ Fold(name[0])) * 16777619;
                hash = (hash ^ Fold(name[length >> 1])) * 16777619;
                hash = (hash ^ Fold(name[length - 2])) * 16777619;
                return (hash ^ Fold(name[length - 1])) * 16777619;
            }
        }

        private static int Fold(char c) => c >= 0x80 ? 0x80 : c | 0x20;

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

        /// <summary>One slot of the name table: hash, name and entry side by side, read by one load each.</summary>
        private readonly struct Slot
        {
            /// <summary>The hash of <see cref="Name"/>.</summary>
            public readonly int Hash;

            /// <summary>The entry's qualified name.</summary>
            public readonly string Name;

            /// <summary>The entry.</summary>
            public readonly global::PortCatalog.PortDefinition Entry;

            /// <summary>A slot for an entry whose name has <paramref name="hash"/>.</summary>
            public Slot(int hash, global::PortCatalog.PortDefinition entry)
            {
                Hash = hash;
                Name = entry.QualifiedName;
                Entry = entry;
            }
        }

        private struct Reader
        {
            private readonly string _text;
            private int _position;

            /// <summary>Reads from the start of the text.</summary>
            public Reader(string text)
            {
                _text = text;
                _position = 0;
            }

            /// <summary>Reads a number token.</summary>
            public int ReadNumber() => ReadDigits(',');

            /// <summary>Reads a string token.</summary>
            public string ReadString()
            {
                var length = ReadDigits(':');
                var value = _text.Substring(_position, length);
                _position += length + 1;
                return value;
            }

            private int ReadDigits(char end)
            {
                var number = 0;
                char c;
                while ((c = _text[_position++]) != end)
                {
                    number = (number * 10) + (c - '0');
                }

                return number;
            }
        }
    }
}
