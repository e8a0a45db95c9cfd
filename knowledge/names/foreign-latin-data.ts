/**
 * Foreign first names as Greeks write them, with their usual spelling in Latin letters: what an English template
 * writes for a customer (or agent) whose name the page gives in Greek letters, before ELOT 743 spells the rest
 * (romanise.ts). Letter by letter «Τζον» is "Tzon", «Μάικλ» "Maikl", «Ντέιβιντ» "Deivint"; a Greek name keeps ELOT
 * («Γιώργος» → Giorgos), as the customer's passport writes it.
 *
 * One name a line: its Latin spelling, then the Greek spellings in use (accented as written; capitals and a missing
 * accent find them too). Hand-written: the commonest first names of English, French, German, Italian and Spanish
 * speakers, as Greek newspapers and translations usually spell them; not copied from any list. Only names ELOT gets
 * wrong, and none that the hand-kept Greek name lists hold (Σάντρα, Ναταλί are Greek women's names, spelt Santra,
 * Natali). The name-day list's rare entries Πάτρικ, Αμάντα, Ούρσουλα, Κιάρα are kept: a customer so written far
 * more likely spells them Patrick, Amanda, Ursula, Chiara than as ELOT would. A Greek spelling shared by two names (Μισέλ for Michel and Michelle, Λούκα for Luca and the vocative of Λουκάς) is left out.
 * tests/unit/names/foreign-latin.test.ts checks all of this; lines starting with # are headings.
 *
 * Data only: romanise.ts reads it on first use, in the background and the CLI.
 */

export const FOREIGN_LATIN_NAMES = `
# English men
John Τζον Τζων
James Τζέιμς Τζέημς
Michael Μάικλ Μάικολ
David Ντέιβιντ Ντέιβιτ
Robert Ρόμπερτ
William Ουίλιαμ Γουίλιαμ
Richard Ρίτσαρντ
Joseph Τζόζεφ
Thomas Τόμας
Charles Τσαρλς
Christopher Κρίστοφερ
Matthew Μάθιου
Anthony Άντονι
Steven Στίβεν Στήβεν
Paul Πολ
Andrew Άντριου
Brian Μπράιαν
George Τζορτζ Τζωρτζ
Edward Έντουαρντ
Jason Τζέισον
Ryan Ράιαν
Jonathan Τζόναθαν
Benjamin Μπέντζαμιν
Samuel Σάμιουελ
Patrick Πάτρικ
Peter Πίτερ Πήτερ
Jack Τζακ
Harry Χάρι
Henry Χένρι
Scott Σκοτ
Ethan Ίθαν
Luke Λουκ
Kenneth Κένεθ
Timothy Τίμοθι
Jeffrey Τζέφρι
Gary Γκάρι
Justin Τζάστιν
Brandon Μπράντον
Gregory Γκρέγκορι
Raymond Ρέιμοντ
Dennis Ντένις
Walter Γουόλτερ
Arthur Άρθουρ
Albert Άλμπερτ
Bruce Μπρους
Ralph Ραλφ
Howard Χάουαρντ
Philip Φίλιπ
Douglas Ντάγκλας
Francis Φράνσις
Tony Τόνι
Mike Μάικ
Steve Στιβ
Bob Μπομπ
Bill Μπιλ

# English women
Mary Μέρι
Patricia Πατρίσια
Jennifer Τζένιφερ
Linda Λίντα
Elizabeth Ελίζαμπεθ Ελίζαμπετ
Barbara Μπάρμπαρα
Susan Σούζαν
Jessica Τζέσικα
Sarah Σάρα
Nancy Νάνσι
Margaret Μάργκαρετ
Ashley Άσλεϊ
Emily Έμιλι
Dorothy Ντόροθι
Amanda Αμάντα
Rebecca Ρεμπέκα
Laura Λόρα
Helen Έλεν
Kate Κέιτ
Catherine Κάθριν
Rachel Ρέιτσελ
Nicole Νικόλ
Emma Έμα
Julia Τζούλια
Judy Τζούντι
Jane Τζέιν
Joyce Τζόις
Grace Γκρέις
Rose Ρόουζ
Charlotte Σάρλοτ
Chloe Κλόι
Lucy Λούσι
Amy Έιμι
Megan Μέγκαν
Hannah Χάνα
Sophie Σόφι
Janet Τζάνετ
Kimberly Κίμπερλι
Sharon Σάρον
Cynthia Σίνθια

# French
Jean Ζαν
Pierre Πιερ
Jacques Ζακ
François Φρανσουά
Claude Κλοντ
Marie Μαρί
Julien Ζιλιέν
Antoine Αντουάν
Yves Ιβ
Thierry Τιερί
Laurent Λοράν
Olivier Ολιβιέ
Guillaume Γκιγιόμ
Sébastien Σεμπαστιέν
Vincent Βενσάν Βίνσεντ
Jacqueline Ζακλίν
Claire Κλερ
Caroline Καρολίν
Isabelle Ιζαμπέλ
Gisèle Ζιζέλ
Jeannette Ζανέτ
Brigitte Μπριζίτ
Céline Σελίν
Camille Καμίλ
Véronique Βερονίκ

# German
Hans Χανς
Klaus Κλάους
Jürgen Γιούργκεν
Wolfgang Βόλφγκανγκ
Helmut Χέλμουτ
Günter Γκούντερ
Markus Μάρκους
Matthias Ματίας
Uwe Ούβε
Dieter Ντίτερ
Heinz Χάιντς
Friedrich Φρίντριχ
Horst Χορστ
Werner Βέρνερ
Ulrich Ούλριχ
Sabine Ζαμπίνε
Ursula Ούρσουλα
Heike Χάικε
Ingrid Ίνγκριντ
Agnes Άγκνες

# Italian
Giuseppe Τζουζέπε
Giovanni Τζοβάνι
Luigi Λουίτζι
Francesco Φραντσέσκο
Alessandro Αλεσάντρο
Francesca Φραντσέσκα
Chiara Κιάρα
Giorgio Τζόρτζιο
Lorenzo Λορέντσο
Matteo Ματέο
Roberto Ρομπέρτο
Vincenzo Βιντσέντσο
Gianluca Τζιανλούκα
Gianni Τζάνι
Federico Φεντερίκο
Giovanna Τζοβάνα

# Spanish
José Χοσέ
Juan Χουάν
Carlos Κάρλος
Jorge Χόρχε
Javier Χαβιέρ
Miguel Μιγκέλ
Pablo Πάμπλο
Diego Ντιέγκο
Alejandro Αλεχάντρο
Fernando Φερνάντο
Manuel Μανουέλ
Pedro Πέντρο
Francisco Φρανσίσκο
Sergio Σέρχιο
Guillermo Γκιγιέρμο
Jesús Χεσούς
Enrique Ενρίκε
Lucía Λουσία
Isabel Ισαμπέλ
Mercedes Μερσέδες
`;
