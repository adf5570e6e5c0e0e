"""Fetch papers from a council's ModernGov site (its ``mgWebService.asmx``) into the folder
``ingest`` reads: ``client`` (polite HTTP), ``parser`` (the service's XML), ``files`` (where and
how files land), ``manifest`` (the ``sources`` table), ``run`` (fetch and update).

Nothing here is imported by the loaders but ``parser``, which needs no HTTP client."""
