"""Adapters that run cleantext inside existing distributed engines (Ray Data, datatrove).

Each adapter is a thin shell over `cleantext.repair`; import it by its module path
(`cleantext.integrations.ray`, `cleantext.integrations.datatrove`) so that the engine is only
needed by those who use it.
"""
