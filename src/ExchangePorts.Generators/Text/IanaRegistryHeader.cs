namespace ExchangePorts.Generators.Text;

/// <summary>
/// The columns of IANA's Service Name and Transport Protocol Port Number Registry
/// (<c>service-names-port-numbers.csv</c>), as its header writes them, in order. Catalogs read the registry
/// as it is; the analyzer's list of standard ports is an excerpt of it.
/// </summary>
internal static class IanaRegistryHeader
{
    public const string ServiceName = "Service Name";
    public const string PortNumber = "Port Number";
    public const string TransportProtocol = "Transport Protocol";
    public const string Description = "Description";
    public const string Assignee = "Assignee";
    public const string Contact = "Contact";
    public const string RegistrationDate = "Registration Date";
    public const string ModificationDate = "Modification Date";
    public const string Reference = "Reference";
    public const string ServiceCode = "Service Code";
    public const string UnauthorizedUseReported = "Unauthorized Use Reported";
    public const string AssignmentNotes = "Assignment Notes";
}
