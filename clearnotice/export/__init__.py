"""Export: a letter version as PDF, DOCX, HTML, Markdown, plain text or an approval record, and
mail merge of a customer list into one letter per customer."""
