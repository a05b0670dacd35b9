using System;
using System.Collections.Generic;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// The words that can tell which catalog entry a port means, and the ones that cannot. A catalog entry is
/// known by its group, its name and its from/to roles (<c>HubToEdge</c>, <c>Edge Transport server</c>);
/// of those words, the ones every code base on that protocol uses (<c>smtp</c>, <c>server</c>,
/// <c>domain controller</c>) say nothing, so they are <see cref="IsGeneric">generic</see> and never count.
/// The code around a literal is read the same way, plus the abbreviations administrators use in host
/// names (<c>ex2019-mbx</c>).
/// </summary>
internal static class EvidenceWords
{
    // Protocol, transport and plain English words: all the catalog's text has that is not a role.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        // Protocols and what they carry.
        "smtp", "esmtp", "lmtp", "smtps", "submission", "submissions", "mail", "email", "message", "messages", "pop", "imap",
        "http", "https", "web", "www", "ws", "wss", "ldap", "ldaps", "gc", "global", "catalog", "dns", "domain", "name",
        "kerberos", "krb", "kdc", "kpasswd", "rpc", "epmap", "mapi", "netlogon", "netbios", "smb", "cifs", "ntlm", "tls",
        "ssl", "starttls", "secure", "security", "tcp", "udp", "ip", "sip", "rtp", "media", "voip", "pbx", "gateway", "sbc",
        "rdp", "proxy", "socket", "sockets", "net", "network", "protocol", "certificate", "authentication", "authenticated",
        "unauthenticated", "auth", "anonymous",
        // Roles any system has.
        "server", "servers", "service", "services", "client", "clients", "host", "hosts", "hostname", "local", "localhost",
        "remote", "internet", "any", "external", "internal", "organization", "site", "sites", "subscribed", "default",
        "transport", "active", "directory", "controller", "controllers", "dc", "application", "mode", "access", "end",
        "endpoint", "endpoints", "address", "addr", "connection", "connect", "port", "ports", "instance", "ad", "lds",
        "ms", "microsoft", "windows", "online", "data", "path", "source", "destination", "target", "user", "users",
        "messaging", "sync", "backup", "sender", "reputation", "detection", "open", "test", "tests", "new", "get", "set",
        "value", "var", "int", "string",
        // Words that join others.
        "to", "from", "via", "the", "of", "a", "an", "and", "or", "on", "in", "for", "with", "by", "is", "if", "at",
    };

    // Host-name abbreviations, as administrators name servers (ex2019-mbx01, cas02, exch01).
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["mbx"] = "mailbox",
        ["cas"] = "clientaccess",
        ["exch"] = "exchange",
    };

    /// <summary>True for a lower-case word that names no role: a protocol, a plain English word.</summary>
    public static bool IsGeneric(string word) => Generic.Contains(word);

    /// <summary>
    /// The words of an entry that can be evidence for it: the non-generic words of its group, name and
    /// roles, each pair of neighbouring words joined (<c>Front End</c> → <c>frontend</c>) where one of them
    /// is not generic, and the whole group joined (<c>ClientAccess</c> → <c>clientaccess</c>).
    /// </summary>
    public static HashSet<string> OfEntry(string group, string name, string from, string to)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { group, name, from, to })
        {
            var words = Split(text);
            for (var i = 0; i < words.Count; i++)
            {
                if (!IsGeneric(words[i]))
                {
                    terms.Add(words[i]);
                }

                if (i > 0 && !(IsGeneric(words[i - 1]) && IsGeneric(words[i])))
                {
                    terms.Add(words[i - 1] + words[i]);
                }
            }
        }

        var wholeGroup = string.Concat(Split(group));
        if (wholeGroup.Length > 0)
        {
            terms.Add(wholeGroup);
        }

        return terms;
    }

    /// <summary>
    /// Adds the words of a piece of code (an identifier or a string's text) to <paramref name="words"/>:
    /// each word, each pair of neighbouring words joined, and what an abbreviation stands for.
    /// </summary>
    public static void AddOfCode(string text, HashSet<string> words)
    {
        var split = Split(text);
        for (var i = 0; i < split.Count; i++)
        {
            words.Add(split[i]);
            if (Abbreviations.TryGetValue(split[i], out var expanded))
            {
                words.Add(expanded);
            }

            if (i > 0)
            {
                words.Add(split[i - 1] + split[i]);
            }
        }
    }

    /// <summary>
    /// Splits <c>edgePort</c>, <c>HubToEdge</c>, <c>ADAMPort</c>, <c>SMTP_PORT</c>, <c>ex2019-mbx</c> or prose
    /// into lower-case words of letters: a word ends at anything that is not a letter, before an upper-case
    /// letter that follows a lower-case one, and before the last capital of an acronym that a word follows.
    /// </summary>
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (start >= 0 && (!isLetter || StartsWord(text, i)))
            {
                words.Add(text.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }

            if (isLetter && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    /// <summary>
    /// Whether a letter starts a new word within a run of letters: <c>ldap|Port</c>, <c>ADAM|Port</c>,
    /// <c>Default|GC|Port</c>; not within <c>SMTP</c>, <c>report</c> or <c>Viewport</c>.
    /// </summary>
    public static bool StartsWord(string text, int index) =>
        index > 0 && char.IsUpper(text[index]) && char.IsLetter(text[index - 1]) &&
        (char.IsLower(text[index - 1]) || (index + 1 < text.Length && char.IsLower(text[index + 1])));
}
