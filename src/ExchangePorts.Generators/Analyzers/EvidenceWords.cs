using System;
using System.Collections.Generic;

namespace ExchangePorts.Generators.Analyzers;

/// <summary>
/// The words that can tell which catalog entry a port means, and how much each says. A catalog entry is
/// known by its group, its name and its from/to roles (<c>HubToEdge</c>, <c>Edge Transport server</c>); code
/// is read as words too (identifiers, strings, enclosing names). Every word is one of three kinds:
/// <list type="bullet">
/// <item><description><b>Generic</b>: protocols, plain English and roles any system has (<c>smtp</c>,
/// <c>server</c>, <c>client</c>, <c>domain controller</c>): never evidence.</description></item>
/// <item><description><b>Mail</b>: what every mail, web or security program says (<c>mailbox</c>,
/// <c>access</c>, <c>delivery</c>, <c>exchange</c> as in <c>KeyExchange</c>): evidence only
/// in code that is about Exchange, where they tell its entries apart.</description></item>
/// <item><description><b>Exchange's own</b>: its roles and components (<c>edge</c>, <c>hub</c>,
/// <c>edgesync</c>, <c>adam</c>, <c>cas</c>, <c>mbx</c>, <c>frontend</c>), its client-access services
/// (<c>owa</c>, <c>ews</c>, <c>activesync</c>, <c>autodiscover</c>, <c>mapi</c>), hybrid
/// (<c>hybrid</c>, <c>o365</c>, <c>mrsproxy</c>), and <c>exchange</c> where it names the product
/// (<c>exchangeServer</c>, <c>onPremExchange</c>, <c>Exchange2019</c>): evidence on its own, and what makes
/// code about Exchange. A word of a project's own catalog that is in no list counts as such too.</description></item>
/// </list>
/// Every word of the shipped catalogs' groups, names and roles is in one of the lists (a test checks it).
/// </summary>
internal static class EvidenceWords
{
    // Protocol, transport and plain English words: all the catalog's text has that is not a role.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        // Protocols and what they carry.
        "smtp", "esmtp", "lmtp", "smtps", "submissions", "email", "message", "messages", "pop", "imap",
        "http", "https", "web", "www", "ws", "wss", "ldap", "ldaps", "gc", "global", "catalog", "dns", "domain", "name",
        "kerberos", "krb", "kdc", "kpasswd", "rpc", "epmap", "netlogon", "netbios", "smb", "cifs", "ntlm", "tls",
        "ssl", "starttls", "secure", "security", "tcp", "udp", "ip", "sip", "rtp", "media", "voip", "vo", "pbx", "gateway", "sbc",
        "rdp", "socket", "sockets", "socks", "wingate", "net", "network", "protocol", "certificate", "authentication", "authenticated",
        "unauthenticated", "auth", "anonymous", "redirect", "firewall",
        // Roles any system has.
        "server", "servers", "service", "services", "client", "clients", "host", "hosts", "hostname", "local", "localhost",
        "remote", "any", "internal", "organization", "site", "sites", "subscribed", "default",
        "active", "directory", "controller", "controllers", "dc", "application", "mode", "end", "front", "facing",
        "endpoint", "endpoints", "address", "addr", "connection", "connect", "port", "ports", "instance", "ad", "lds",
        "ms", "microsoft", "windows", "data", "path", "source", "destination", "target", "user", "users",
        "messaging", "unified", "sync", "synchronization", "participate", "backup", "sender", "reputation", "detection",
        "open", "test", "tests", "tested", "being", "new", "get", "set", "value", "var", "int", "string",
        "location", "process", "worker", "call", "router", "key", "rate", "internet", "external", "proxy", "proxied",
        "outbound", "transport",
        // What a member does, which says nothing of what it is about (Run, Build, CheckAll).
        "run", "build", "check", "all", "execute", "main", "start", "stop", "create", "send", "probe", "verify",
        "init", "initialize", "configure", "setup", "load", "save", "handle", "invoke", "async", "do", "make",
        // Words that join others.
        "to", "from", "via", "the", "of", "a", "an", "and", "or", "on", "in", "for", "with", "by", "is", "if", "at",
        "that", "after",
    };

    // Mail, web and security words: Exchange's catalogs use them, and so does every mail program.
    private static readonly HashSet<string> Mail = new(StringComparer.Ordinal)
    {
        "mail", "mailbox", "mailboxes", "access", "delivery", "submission",
        "exchange", "online",
    };

    // Exchange's own words, in code as people write them: the roles, components and services.
    private static readonly HashSet<string> Exchange = new(StringComparer.Ordinal)
    {
        "edge", "hub", "edgesync", "adam", "adlds", "cas", "mbx", "frontend", "hybrid", "um", "clientaccess",
        "exchangeonline", "unifiedmessaging", "owa", "ews", "activesync", "eas", "autodiscover", "ecp", "oab",
        "mapi", "rpchttp", "outlookanywhere", "mrsproxy", "exch",
    };

    // Two words that, joined, name a part of Exchange though each alone is generic or mail.
    private static readonly HashSet<string> ExchangeCompounds = new(StringComparer.Ordinal)
    {
        "clientaccess", "frontend", "exchangeonline", "unifiedmessaging", "adlds", "edgesync", "outlookanywhere",
        "activesync", "rpchttp",
    };

    // What code words stand for: host-name abbreviations (ex2019-mbx01, cas02, exch01), the client-access
    // services, which the ClientAccess entries serve, and hybrid's other names.
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["mbx"] = "mailbox",
        ["cas"] = "clientaccess",
        ["exch"] = "exchange",
        ["owa"] = "clientaccess",
        ["ews"] = "clientaccess",
        ["activesync"] = "clientaccess",
        ["eas"] = "clientaccess",
        ["autodiscover"] = "clientaccess",
        ["ecp"] = "clientaccess",
        ["oab"] = "clientaccess",
        ["mapi"] = "clientaccess",
        ["rpchttp"] = "clientaccess",
        ["outlookanywhere"] = "clientaccess",
        ["exchangeonline"] = "hybrid",
        ["o365"] = "hybrid",
        ["m365"] = "hybrid",
        ["mrsproxy"] = "hybrid",
    };

    // "exchange" names the product beside these words (ExchangeServer, ExchangeOnline, ExchangeWebServices,
    // MicrosoftExchange, onPremExchange) or before a version (Exchange2019); anywhere else it may be a key,
    // data or currency exchange.
    private static readonly HashSet<string> ProductNext = new(StringComparer.Ordinal)
    {
        "server", "servers", "online", "org", "organization", "admin", "management", "powershell", "shell", "web",
        "service", "services", "version", "hybrid", "mailbox", "mailboxes", "cas", "mbx", "edge", "hub", "transport",
        "ews", "owa", "activesync", "autodiscover", "onprem", "on", "cmdlet", "cmdlets", "url", "uri", "host",
    };

    private static readonly HashSet<string> ProductPrevious = new(StringComparer.Ordinal)
    {
        "microsoft", "ms", "onprem", "prem", "premises", "premise", "hosted", "legacy", "my",
    };

    // A word that makes "exchange" a compound noun of another field, whatever follows (DataExchangeServer).
    private static readonly HashSet<string> CompoundPrevious = new(StringComparer.Ordinal)
    {
        "key", "keys", "data", "currency", "foreign", "stock", "token", "file", "information", "info", "message",
        "heat", "value", "record", "health", "electronic", "crypto", "item", "code", "price", "rate",
    };

    private static readonly HashSet<string> MailProtocols = new(StringComparer.Ordinal)
    {
        "smtp", "esmtp", "lmtp", "smtps", "pop", "imap", "http", "https",
    };

    /// <summary>The term an entry needs in the code to be a candidate at all: hybrid paths are a deployment of their own.</summary>
    public const string Hybrid = "hybrid";

    /// <summary>
    /// Whether an entry's service is a mail or web protocol (SMTP, POP3, IMAP4, HTTP), which every mail program
    /// speaks: its mail words are evidence only in code about Exchange.
    /// </summary>
    public static bool IsMailProtocol(string service) => Split(service).Exists(MailProtocols.Contains);

    /// <summary>Whether a member's name says what it is about: a word that is not generic (<c>WebTraffic</c>, not <c>Run</c>).</summary>
    public static bool SaysWhatItIsAbout(string name) => Split(name).Exists(word => !IsGeneric(word));

    /// <summary>True for a lower-case word that names no role: a protocol, a plain English word.</summary>
    public static bool IsGeneric(string word) => Generic.Contains(word);

    /// <summary>True for a word that is evidence only in code that is about Exchange.</summary>
    public static bool IsMail(string word) => Mail.Contains(word);

    /// <summary>True for one of Exchange's own words, as code writes them (before expansion).</summary>
    public static bool IsExchange(string word) => Exchange.Contains(word) || Expansions.ContainsKey(word);

    /// <summary>Whether each list names the word: generic, mail or Exchange's own (or a compound of them).</summary>
    public static bool IsClassified(string word) => Generic.Contains(word) || Mail.Contains(word) || Exchange.Contains(word);

    /// <summary>
    /// The words of an entry that can be evidence for it: its words that are not generic, each pair of
    /// neighbouring words joined (<c>Front End</c> → <c>frontend</c>) where one of them is Exchange's own or
    /// the pair is an Exchange compound, and the whole group joined (<c>HubToEdge</c> → <c>hubtoedge</c>) on
    /// the same condition. Mail words among them count only in code about Exchange (<see cref="IsMail"/>).
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

                if (i > 0 && IsJoinedTerm(words[i - 1], words[i]))
                {
                    terms.Add(words[i - 1] + words[i]);
                }
            }
        }

        var groupWords = Split(group);
        var wholeGroup = string.Concat(groupWords);
        if (groupWords.Count > 1 && (ExchangeCompounds.Contains(wholeGroup) || groupWords.Exists(IsOwnWord) || HasCompound(groupWords)))
        {
            terms.Add(wholeGroup);
        }

        return terms;
    }

    /// <summary>
    /// Adds the words of a piece of code (an identifier or a string's text) to <paramref name="words"/>: each
    /// word, each pair of words of one identifier joined (<c>ClientAccess</c>, <c>EDGE_SYNC</c>; not
    /// <c>/client/access</c>), and what a word stands for. Returns whether the text is about Exchange: it has
    /// one of Exchange's own words, or <c>exchange</c> naming the product.
    /// </summary>
    public static bool AddOfCode(string text, HashSet<string> words)
    {
        var split = SplitWithJoins(text, out var joinsPrevious, out var versionAfter);
        var aboutExchange = false;
        for (var i = 0; i < split.Count; i++)
        {
            var word = split[i];
            words.Add(word);
            aboutExchange |= IsExchange(word);
            if (Expansions.TryGetValue(word, out var expanded))
            {
                words.Add(expanded);
            }

            if (word == "exchange" && NamesTheProduct(split, joinsPrevious, versionAfter, i))
            {
                aboutExchange = true;
            }

            if (i > 0 && joinsPrevious[i])
            {
                var joined = split[i - 1] + word;
                words.Add(joined);
                aboutExchange |= IsExchange(joined);
                if (Expansions.TryGetValue(joined, out var joinedExpanded))
                {
                    words.Add(joinedExpanded);
                }
            }
        }

        return aboutExchange;
    }

    /// <summary>
    /// Splits <c>edgePort</c>, <c>HubToEdge</c>, <c>ADAMPort</c>, <c>SMTP_PORT</c>, <c>ex2019-mbx</c> or prose
    /// into lower-case words of letters: a word ends at anything that is not a letter, before an upper-case
    /// letter that follows a lower-case one, and before the last capital of an acronym that a word follows.
    /// </summary>
    public static List<string> Split(string text) => SplitWithJoins(text, out _, out _);

    /// <summary>
    /// Whether a letter starts a new word within a run of letters: <c>ldap|Port</c>, <c>ADAM|Port</c>,
    /// <c>Default|GC|Port</c>; not within <c>SMTP</c>, <c>report</c> or <c>Viewport</c>.
    /// </summary>
    public static bool StartsWord(string text, int index) =>
        index > 0 && char.IsUpper(text[index]) && char.IsLetter(text[index - 1]) &&
        (char.IsLower(text[index - 1]) || (index + 1 < text.Length && char.IsLower(text[index + 1])));

    // A word that is neither generic nor mail: Exchange's own, or a word of a project's own catalog.
    private static bool IsOwnWord(string word) => !IsGeneric(word) && !IsMail(word);

    private static bool HasCompound(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (ExchangeCompounds.Contains(words[i - 1] + words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJoinedTerm(string first, string second) =>
        ExchangeCompounds.Contains(first + second) || IsOwnWord(first) || IsOwnWord(second);

    private static bool NamesTheProduct(List<string> words, bool[] joinsPrevious, bool[] versionAfter, int index)
    {
        var previous = index > 0 && joinsPrevious[index] ? words[index - 1] : null;
        if (previous is not null && CompoundPrevious.Contains(previous))
        {
            return false;
        }

        return versionAfter[index] ||
            (index + 1 < words.Count && joinsPrevious[index + 1] && ProductNext.Contains(words[index + 1])) ||
            (previous is not null && ProductPrevious.Contains(previous));
    }

    /// <summary>
    /// The words of the text, and for each whether it is joined to the one before it within one identifier
    /// (a case change, '_' or '-' between them, not a space, '/' or '.'), and whether a version number
    /// (<c>2019</c>, <c> 2016</c>) follows it.
    /// </summary>
    private static List<string> SplitWithJoins(string text, out bool[] joinsPrevious, out bool[] versionAfter)
    {
        var words = new List<string>();
        var joins = new List<bool>();
        var versions = new List<bool>();
        var start = -1;
        var joined = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (start >= 0 && (!isLetter || StartsWord(text, i)))
            {
                words.Add(text.Substring(start, i - start).ToLowerInvariant());
                joins.Add(joined);
                versions.Add(IsVersionAt(text, i));
                joined = isLetter || (i < text.Length && text[i] is '_' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]));
                start = -1;
            }
            else if (start < 0 && !isLetter && !(i < text.Length && text[i] is '_' or '-'))
            {
                joined = false;
            }

            if (isLetter && start < 0)
            {
                start = i;
            }
        }

        joinsPrevious = [.. joins];
        versionAfter = [.. versions];
        return words;
    }

    // Exchange2019, Exchange 2016, exchange-2013: four digits right after the word, with at most one separator.
    private static bool IsVersionAt(string text, int index)
    {
        if (index < text.Length && text[index] is ' ' or '-' or '_')
        {
            index++;
        }

        var digits = 0;
        while (index + digits < text.Length && char.IsDigit(text[index + digits]))
        {
            digits++;
        }

        return digits == 4;
    }
}
