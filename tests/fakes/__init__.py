"""Loopback fakes of the chat platforms' wire protocols, for the adapter tests."""
