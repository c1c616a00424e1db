"""ClearNotice core: everything the app does, as pure Python that never imports streamlit."""
