"""A compound's hardware, simulated over the transports real devices use.

Card readers and meters sit behind pseudo-terminals or TCP ports (like RS-485-to-Ethernet
converters), so the integration runs its real serial code paths against them.
"""
