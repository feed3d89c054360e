"""Trainyard's PyTorch trainer: one job attempt per process, speaking ../PROTOCOL.md."""
