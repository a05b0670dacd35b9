//
// Program.cs
//
// Author: Jeffrey Stedfast <jeff@xamarin.com>
//
// Copyright (c) 2014-2024 Jeffrey Stedfast
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in
// all copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
// THE SOFTWARE.
//

using System;
using System.Threading.Tasks;

using MailKit.Security;

namespace ImapIdle {
	class Program
	{
		// Connection-related properties
		public const SecureSocketOptions SslOptions = SecureSocketOptions.Auto;
		public const string Host = "imap.gmail.com";
		public const int Port = 993;

		// Authentication-related properties
		public const string Username = "username@gmail.com";
		public const string Password = "password";

		public static void Main (string[] args)
		{
			using (var client = new IdleClient ()) {
				Console.WriteLine ("Hit any key to end the demo.");

				var idleTask = client.RunAsync ();

				Task.Run (() => {
					Console.ReadKey (true);
				}).Wait ();

				client.Exit ();

				idleTask.GetAwaiter ().GetResult ();
			}
		}
	}
}
