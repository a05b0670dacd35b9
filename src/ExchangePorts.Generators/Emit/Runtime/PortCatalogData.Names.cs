namespace PortCatalog
{
    // The name table behind TryGet, and the reader of the data's tokens.
    internal sealed partial class PortCatalogData
    {
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
        // ASCII equals one inside it: names equal ignoring case hash the same. A name is at least one character
        // long (a catalog without groups has names without a dot).
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
                hash = (hash ^ Fold(name[length > 1 ? length - 2 : 0])) * 16777619;
                return (hash ^ Fold(name[length - 1])) * 16777619;
            }
        }

        private static int Fold(char c) => c >= 0x80 ? 0x80 : c | 0x20;

        /// <summary>One slot of the name table: hash, name and entry side by side, read by one load each.</summary>
        private readonly struct Slot
        {
            /// <summary>The hash of <see cref="Name"/>.</summary>
            public readonly int Hash;

            /// <summary>One of the entry's names: qualified, or as the catalog writes it.</summary>
            public readonly string Name;

            /// <summary>The entry.</summary>
            public readonly global::PortCatalog.PortDefinition Entry;

            /// <summary>A slot for one name of an entry; <paramref name="hash"/> is the name's.</summary>
            public Slot(int hash, string name, global::PortCatalog.PortDefinition entry)
            {
                Hash = hash;
                Name = name;
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
