#!/usr/bin/env python3
"""A TCP peer for exchange-ports' firewall tests, run inside a network namespace.

  netpeer.py listen PORT...                 echo every line back on each port (IPv4 and IPv6) until killed
  netpeer.py connect SOURCE HOST PORT SECS [SOURCEPORT]
                                            connect from SOURCE (an address of this side; from SOURCEPORT, else a port
                                            the system picks), send a line, print 'open' when it comes back, 'filtered'
                                            on a timeout, 'closed' on a refusal, 'error: ...' on anything else
  netpeer.py hold SOURCE HOST PORT FLAG     connect, echo once, print 'connected', wait for the file FLAG, echo
                                            again and print 'survived' (or 'cut' when the second echo fails)
"""
import os
import socket
import sys
import threading
import time


def family(address):
    return socket.AF_INET6 if ":" in address else socket.AF_INET


def echo(connection):
    with connection:
        while True:
            data = connection.recv(1024)
            if not data:
                return
            connection.sendall(data)


def serve(server):
    while True:
        connection, _ = server.accept()
        threading.Thread(target=echo, args=(connection,), daemon=True).start()


def listen(ports):
    for port in ports:
        for fam, any_address in ((socket.AF_INET, "0.0.0.0"), (socket.AF_INET6, "::")):
            server = socket.socket(fam, socket.SOCK_STREAM)
            server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if fam == socket.AF_INET6:
                server.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            server.bind((any_address, int(port)))
            server.listen(64)
            threading.Thread(target=serve, args=(server,), daemon=True).start()
    print("listening", flush=True)
    while True:
        time.sleep(3600)


def open_connection(source, host, port, seconds, source_port=0):
    connection = socket.socket(family(host), socket.SOCK_STREAM)
    connection.settimeout(seconds)
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    connection.bind((source, int(source_port)))
    connection.connect((host, int(port)))
    return connection


def round_trip(connection, line):
    connection.sendall(line)
    return connection.recv(1024) == line


def connect(source, host, port, seconds, source_port=0):
    try:
        with open_connection(source, host, port, float(seconds), source_port) as connection:
            print("open" if round_trip(connection, b"ping\n") else "cut", flush=True)
    except socket.timeout:
        print("filtered", flush=True)
    except ConnectionRefusedError:
        print("closed", flush=True)
    except OSError as error:
        print("error: " + str(error), flush=True)


def hold(source, host, port, flag):
    with open_connection(source, host, port, 5) as connection:
        round_trip(connection, b"one\n")
        print("connected", flush=True)
        while not os.path.exists(flag):
            time.sleep(0.05)
        try:
            print("survived" if round_trip(connection, b"two\n") else "cut", flush=True)
        except OSError:
            print("cut", flush=True)


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    {"listen": lambda: listen(arguments), "connect": lambda: connect(*arguments), "hold": lambda: hold(*arguments)}[command]()
