/**
 * Foreign first names as Greeks write them, with their usual spelling in Latin letters: what an English template
 * writes for a customer (or agent) whose name the page gives in Greek letters, before ELOT 743 spells the rest
 * (romanise.ts). Letter by letter «Τζον» is "Tzon", «Μάικλ» "Maikl", «Ντέιβιντ» "Deivint"; a Greek name keeps ELOT
 * («Γιώργος» → Giorgos), as the customer's passport writes it.
 *
 * One name a line: its Latin spelling, its owner's gender (m or f; none for a name given to both sexes: Jean, a man's
 * in French and a woman's in English, Claude, Camille, Ashley, Sharon), then the Greek spellings in use (accented as
 * written; capitals and a missing accent find them too). The gender is what Greek grammar and an English "Ms Lopez"
 * need of «Τζένιφερ Λόπεζ» (understand.ts), written by hand where the name is certain. Hand-written: the commonest first names of English, French, German, Italian and Spanish
 * speakers, as Greek newspapers and translations usually spell them; not copied from any list. Only names ELOT gets
 * wrong, and none that the hand-kept Greek name lists hold (Σάντρα, Ναταλί are Greek women's names, spelt Santra,
 * Natali). The name-day list's rare entries Πάτρικ, Αμάντα, Ούρσουλα, Κιάρα are kept: a customer so written far
 * more likely spells them Patrick, Amanda, Ursula, Chiara than as ELOT would. A Greek spelling shared by two names (Μισέλ for Michel and Michelle, Λούκα for Luca and the vocative of Λουκάς) is left out.
 * tests/unit/names/foreign-latin.test.ts checks all of this; lines starting with # are headings.
 *
 * Data only: romanise.ts reads it on first use, in the background and the CLI (for the name reading too).
 */

export const FOREIGN_LATIN_NAMES = `
# English men
John m Τζον Τζων
James m Τζέιμς Τζέημς
Michael m Μάικλ Μάικολ
David m Ντέιβιντ Ντέιβιτ
Robert m Ρόμπερτ
William m Ουίλιαμ Γουίλιαμ
Richard m Ρίτσαρντ
Joseph m Τζόζεφ
Thomas m Τόμας
Charles m Τσαρλς
Christopher m Κρίστοφερ
Matthew m Μάθιου
Anthony m Άντονι
Steven m Στίβεν Στήβεν
Paul m Πολ
Andrew m Άντριου
Brian m Μπράιαν
George m Τζορτζ Τζωρτζ
Edward m Έντουαρντ
Jason m Τζέισον
Ryan m Ράιαν
Jonathan m Τζόναθαν
Benjamin m Μπέντζαμιν
Samuel m Σάμιουελ
Patrick m Πάτρικ
Peter m Πίτερ Πήτερ
Jack m Τζακ
Harry m Χάρι
Henry m Χένρι
Scott m Σκοτ
Ethan m Ίθαν
Luke m Λουκ
Kenneth m Κένεθ
Timothy m Τίμοθι
Jeffrey m Τζέφρι
Gary m Γκάρι
Justin m Τζάστιν
Brandon m Μπράντον
Gregory m Γκρέγκορι
Raymond m Ρέιμοντ
Dennis m Ντένις
Walter m Γουόλτερ
Arthur m Άρθουρ
Albert m Άλμπερτ
Bruce m Μπρους
Ralph m Ραλφ
Howard m Χάουαρντ
Philip m Φίλιπ
Douglas m Ντάγκλας
Francis m Φράνσις
Tony m Τόνι
Mike m Μάικ
Steve m Στιβ
Bob m Μπομπ
Bill m Μπιλ

# English women
Mary f Μέρι
Patricia f Πατρίσια
Jennifer f Τζένιφερ
Linda f Λίντα
Elizabeth f Ελίζαμπεθ Ελίζαμπετ
Barbara f Μπάρμπαρα
Susan f Σούζαν
Jessica f Τζέσικα
Sarah f Σάρα
Nancy f Νάνσι
Margaret f Μάργκαρετ
Ashley Άσλεϊ
Emily f Έμιλι
Dorothy f Ντόροθι
Amanda f Αμάντα
Rebecca f Ρεμπέκα
Laura f Λόρα
Helen f Έλεν
Kate f Κέιτ
Catherine f Κάθριν
Rachel f Ρέιτσελ
Nicole f Νικόλ
Emma f Έμα
Julia f Τζούλια
Judy f Τζούντι
Jane f Τζέιν
Joyce f Τζόις
Grace f Γκρέις
Rose f Ρόουζ
Charlotte f Σάρλοτ
Chloe f Κλόι
Lucy f Λούσι
Amy f Έιμι
Megan f Μέγκαν
Hannah f Χάνα
Sophie f Σόφι
Janet f Τζάνετ
Kimberly f Κίμπερλι
Sharon Σάρον
Cynthia f Σίνθια

# French
Jean Ζαν
Pierre m Πιερ
Jacques m Ζακ
François m Φρανσουά
Claude Κλοντ
Marie f Μαρί
Julien m Ζιλιέν
Antoine m Αντουάν
Yves m Ιβ
Thierry m Τιερί
Laurent m Λοράν
Olivier m Ολιβιέ
Guillaume m Γκιγιόμ
Sébastien m Σεμπαστιέν
Vincent m Βενσάν Βίνσεντ
Jacqueline f Ζακλίν
Claire f Κλερ
Caroline f Καρολίν
Isabelle f Ιζαμπέλ
Gisèle f Ζιζέλ
Jeannette f Ζανέτ
Brigitte f Μπριζίτ
Céline f Σελίν
Camille Καμίλ
Véronique f Βερονίκ

# German
Hans m Χανς
Klaus m Κλάους
Jürgen m Γιούργκεν
Wolfgang m Βόλφγκανγκ
Helmut m Χέλμουτ
Günter m Γκούντερ
Markus m Μάρκους
Matthias m Ματίας
Uwe m Ούβε
Dieter m Ντίτερ
Heinz m Χάιντς
Friedrich m Φρίντριχ
Horst m Χορστ
Werner m Βέρνερ
Ulrich m Ούλριχ
Sabine f Ζαμπίνε
Ursula f Ούρσουλα
Heike f Χάικε
Ingrid f Ίνγκριντ
Agnes f Άγκνες

# Italian
Giuseppe m Τζουζέπε
Giovanni m Τζοβάνι
Luigi m Λουίτζι
Francesco m Φραντσέσκο
Alessandro m Αλεσάντρο
Francesca f Φραντσέσκα
Chiara f Κιάρα
Giorgio m Τζόρτζιο
Lorenzo m Λορέντσο
Matteo m Ματέο
Roberto m Ρομπέρτο
Vincenzo m Βιντσέντσο
Gianluca m Τζιανλούκα
Gianni m Τζάνι
Federico m Φεντερίκο
Giovanna f Τζοβάνα

# Spanish
José m Χοσέ
Juan m Χουάν
Carlos m Κάρλος
Jorge m Χόρχε
Javier m Χαβιέρ
Miguel m Μιγκέλ
Pablo m Πάμπλο
Diego m Ντιέγκο
Alejandro m Αλεχάντρο
Fernando m Φερνάντο
Manuel m Μανουέλ
Pedro m Πέντρο
Francisco m Φρανσίσκο
Sergio m Σέρχιο
Guillermo m Γκιγιέρμο
Jesús m Χεσούς
Enrique m Ενρίκε
Lucía f Λουσία
Isabel f Ισαμπέλ
Mercedes f Μερσέδες
`;
