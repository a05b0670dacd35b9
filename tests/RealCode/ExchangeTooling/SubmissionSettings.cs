// Exchange-tooling corpus, written for this benchmark in the way administrators write such checks.
// Lines whose port must be reported end in "// expect: Group.Name" (the entry that must come first).
using System;

namespace Contoso.Exchange.Settings
{
    public sealed class SubmissionSettings
    {
        public string Server { get; set; } = "hub01.contoso.com";
        public int Port { get; set; }

        public static SubmissionSettings ForHub() => new SubmissionSettings { Port = 587 }; // expect: HubToHub.SmtpSubmission

        public static SubmissionSettings ForGmail() => new SubmissionSettings { Server = "smtp.gmail.com", Port = 587 };

        public Uri Address => new Uri("smtp://hub01.contoso.com:587"); // expect: HubToHub.SmtpSubmission

        public Uri HealthPage => new Uri("http://localhost:80/health");
    }
}
